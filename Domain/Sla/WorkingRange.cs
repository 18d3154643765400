using System;
using System.Globalization;

namespace Dataverse.LeadHandover.Domain.Sla;

/// <summary>
/// One stretch of working time on a day, in local wall-clock minutes after midnight: from
/// <see cref="StartMinute"/> (inclusive) to <see cref="EndMinute"/> (exclusive), 1440 meaning midnight at the end of the day.
/// </summary>
public readonly struct WorkingRange : IEquatable<WorkingRange>
{
    public const int MinutesPerDay = 24 * 60;

    public WorkingRange(int startMinute, int endMinute)
    {
        if (startMinute < 0 || startMinute >= MinutesPerDay)
        {
            throw new ArgumentOutOfRangeException(nameof(startMinute), startMinute, "A working range starts between 00:00 and 23:59.");
        }

        if (endMinute <= startMinute || endMinute > MinutesPerDay)
        {
            throw new ArgumentOutOfRangeException(nameof(endMinute), endMinute, "A working range ends after it starts and no later than 24:00.");
        }

        StartMinute = startMinute;
        EndMinute = endMinute;
    }

    public int StartMinute { get; }

    public int EndMinute { get; }

    public TimeSpan Start => TimeSpan.FromMinutes(StartMinute);

    public TimeSpan End => TimeSpan.FromMinutes(EndMinute);

    public int LengthInMinutes => EndMinute - StartMinute;

    public static bool operator ==(WorkingRange left, WorkingRange right) => left.Equals(right);

    public static bool operator !=(WorkingRange left, WorkingRange right) => !left.Equals(right);

    public bool Contains(int minuteOfDay) => minuteOfDay >= StartMinute && minuteOfDay < EndMinute;

    public bool Equals(WorkingRange other) => StartMinute == other.StartMinute && EndMinute == other.EndMinute;

    public override bool Equals(object? obj) => obj is WorkingRange other && Equals(other);

    public override int GetHashCode() => (StartMinute * 1441) + EndMinute;

    /// <summary>"09:00-17:30", the form <see cref="WorkingHours.Parse"/> reads.</summary>
    public override string ToString() => Format(StartMinute) + "-" + Format(EndMinute);

    internal static string Format(int minuteOfDay) =>
        (minuteOfDay / 60).ToString("00", CultureInfo.InvariantCulture) + ":" + (minuteOfDay % 60).ToString("00", CultureInfo.InvariantCulture);
}
