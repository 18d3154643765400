using System;
using System.Collections.Generic;
using System.Text;

namespace Dataverse.LeadHandover.Domain.Sla;

/// <summary>
/// The weekly working time of a team or rep in local wall-clock time, read from text such as
/// <c>"Mon-Fri 09:00-17:30"</c> or <c>"Mon-Thu 08:00-12:00, 13:00-16:00; Fri 08:00-12:00"</c>.
/// </summary>
/// <remarks>
/// Grammar: parts separated by <c>;</c>, each part a list of days (<c>Mon</c>, <c>Mon-Fri</c>,
/// <c>Mon,Wed,Fri</c>; a range may wrap round the week, as in <c>Sun-Thu</c>) and then one or more
/// ranges <c>HH:MM-HH:MM</c> on the 24-hour clock separated by commas. <c>24:00</c> ends a range at
/// midnight. A range never crosses midnight: a night shift is written as two days' ranges. A day
/// may appear in several parts; its ranges must not overlap.
/// </remarks>
public sealed class WorkingHours
{
    // Indexed by (int)DayOfWeek: Sunday = 0.
    private readonly WorkingRange[][] days;

    internal WorkingHours(WorkingRange[][] days)
    {
        this.days = days;
        var minutes = 0;
        foreach (var ranges in days)
        {
            foreach (var range in ranges)
            {
                minutes += range.LengthInMinutes;
            }
        }

        MinutesPerWeek = minutes;
        Text = Describe(days);
    }

    /// <summary>Working minutes in an ordinary week (no holidays, no clock change).</summary>
    public int MinutesPerWeek { get; }

    /// <summary>The hours in canonical form, e.g. "Mon-Fri 09:00-17:30; Sat 10:00-14:00".</summary>
    public string Text { get; }

    /// <summary>Reads working hours; throws <see cref="WorkingHoursFormatException"/> naming every bad part.</summary>
    public static WorkingHours Parse(string text)
    {
        if (TryParse(text, out var hours, out var problems))
        {
            return hours!;
        }

        throw new WorkingHoursFormatException(text ?? string.Empty, problems);
    }

    /// <summary>Reads working hours; on failure <paramref name="problems"/> names every bad part.</summary>
    public static bool TryParse(string? text, out WorkingHours? hours, out IReadOnlyList<string> problems)
    {
        var days = WorkingHoursReader.Read(text, out var found);
        problems = found;
        hours = days is null ? null : new WorkingHours(days);
        return hours is not null;
    }

    /// <summary>The working ranges on that day of the week, earliest first; empty on a day off.</summary>
    public IReadOnlyList<WorkingRange> RangesOn(DayOfWeek day) => days[(int)day];

    internal WorkingRange[] RangeArrayOn(DayOfWeek day) => days[(int)day];

    public bool IsWorkingDay(DayOfWeek day) => days[(int)day].Length > 0;

    /// <summary>Whether local wall-clock time <paramref name="timeOfDay"/> on <paramref name="day"/> falls in a range.</summary>
    public bool Contains(DayOfWeek day, TimeSpan timeOfDay)
    {
        var ticks = timeOfDay.Ticks;
        foreach (var range in days[(int)day])
        {
            if (ticks >= range.StartMinute * TimeSpan.TicksPerMinute && ticks < range.EndMinute * TimeSpan.TicksPerMinute)
            {
                return true;
            }
        }

        return false;
    }

    public override string ToString() => Text;

    // Monday first, as people write working weeks; consecutive days with the same ranges are grouped.
    private static string Describe(WorkingRange[][] days)
    {
        var text = new StringBuilder();
        var order = WorkingHoursReader.WeekFromMonday;
        var i = 0;
        while (i < order.Length)
        {
            var ranges = days[(int)order[i]];
            var j = i;
            while (j + 1 < order.Length && SameRanges(ranges, days[(int)order[j + 1]]))
            {
                j++;
            }

            if (ranges.Length > 0)
            {
                if (text.Length > 0)
                {
                    text.Append("; ");
                }

                text.Append(WorkingHoursReader.ShortName(order[i]));
                if (j > i)
                {
                    text.Append('-').Append(WorkingHoursReader.ShortName(order[j]));
                }

                for (var r = 0; r < ranges.Length; r++)
                {
                    text.Append(r == 0 ? " " : ", ").Append(ranges[r].ToString());
                }
            }

            i = j + 1;
        }

        return text.ToString();
    }

    private static bool SameRanges(WorkingRange[] left, WorkingRange[] right)
    {
        if (left.Length != right.Length)
        {
            return false;
        }

        for (var i = 0; i < left.Length; i++)
        {
            if (left[i] != right[i])
            {
                return false;
            }
        }

        return true;
    }
}
