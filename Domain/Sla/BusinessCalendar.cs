using System;
using System.Collections.Generic;
using System.Threading;

namespace Dataverse.LeadHandover.Domain.Sla;

/// <summary>
/// Where and when a team or rep works: a Windows time zone, weekly working hours in that zone's wall-clock
/// time, and holidays (local dates) on which nothing counts. Immutable and safe to share between threads.
/// </summary>
public sealed class BusinessCalendar
{
    private const long NoAnswer = -1;

    private readonly HashSet<long> holidayDays;
    private readonly DateTime[] holidays;

    // The last IsWorkingTime answer, packed as (UTC ticks << 1) | answer: routing asks the same question
    // for every rep that shares this calendar within one decision, and a time zone conversion costs far
    // more than the rest of a rep's check. One long, swapped atomically, so sharing stays thread-safe.
    private long lastAnswer = NoAnswer;

    public BusinessCalendar(string timeZoneId, string workingHours, IEnumerable<DateTime>? holidayDates = null)
        : this(timeZoneId, WorkingHours.Parse(workingHours), holidayDates)
    {
    }

    public BusinessCalendar(string timeZoneId, WorkingHours workingHours, IEnumerable<DateTime>? holidayDates = null)
    {
        TimeZone = TimeZoneLookup.Find(timeZoneId, nameof(timeZoneId));
        TimeZoneId = timeZoneId.Trim();
        WorkingHours = workingHours ?? throw new ArgumentNullException(nameof(workingHours));
        holidayDays = new HashSet<long>();
        var dates = new List<DateTime>();
        if (holidayDates is not null)
        {
            foreach (var date in holidayDates)
            {
                // A holiday is a date on the calendar's own wall clock, whatever Kind it arrives with.
                var day = new DateTime(date.Year, date.Month, date.Day, 0, 0, 0, DateTimeKind.Unspecified);
                if (holidayDays.Add(DayNumber(day)))
                {
                    dates.Add(day);
                }
            }
        }

        dates.Sort();
        holidays = dates.ToArray();
    }

    /// <summary>The Windows time zone id, e.g. "GMT Standard Time".</summary>
    public string TimeZoneId { get; }

    public TimeZoneInfo TimeZone { get; }

    public WorkingHours WorkingHours { get; }

    /// <summary>Local dates on which no time counts, earliest first.</summary>
    public IReadOnlyList<DateTime> Holidays => holidays;

    public bool IsHoliday(DateTime localDate) => holidayDays.Contains(DayNumber(localDate));

    /// <summary>Whether the local date has working hours and is not a holiday.</summary>
    public bool IsWorkingDay(DateTime localDate) => WorkingHours.IsWorkingDay(localDate.DayOfWeek) && !IsHoliday(localDate);

    /// <summary>Whether <paramref name="nowUtc"/> falls inside working time (see <see cref="SlaClock"/> for the daylight-saving rule).</summary>
    public bool IsWorkingTime(DateTime nowUtc)
    {
        var now = UtcTime.Require(nowUtc, nameof(nowUtc));
        var memo = Interlocked.Read(ref lastAnswer);
        if (memo != NoAnswer && (memo >> 1) == now.Ticks)
        {
            return (memo & 1) == 1;
        }

        var answer = WorkingTime.Contains(this, now);
        Interlocked.Exchange(ref lastAnswer, (now.Ticks << 1) | (answer ? 1L : 0L));
        return answer;
    }

    /// <summary>"Mon-Fri 09:00-17:30 GMT Standard Time".</summary>
    public override string ToString() => WorkingHours.Text + " " + TimeZoneId;

    private static long DayNumber(DateTime date) => date.Ticks / TimeSpan.TicksPerDay;
}
