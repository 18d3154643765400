using System;
using System.Globalization;

namespace Dataverse.LeadHandover.Domain.Sla;

/// <summary>
/// Counts SLA time in business minutes: real minutes inside a calendar's working ranges, skipping days off
/// and holidays. A clock started outside working time starts at the next opening.
/// </summary>
/// <remarks>
/// Daylight saving: ranges are wall-clock times, so "09:00-17:30" is 8.5 hours on a 23- or 25-hour day
/// alike. When a change falls inside a range (24-hour teams, night ranges) the range is the real time
/// between its start and end as the wall clock shows them: a skipped start or end happens at the jump, and a
/// start shown twice counts from its first showing, an end shown twice from its second. Such a range is an
/// hour shorter or longer that day, exactly as long as it really lasts. Every method here uses that one rule,
/// so <see cref="BusinessMinutesBetween"/> is the exact inverse of <see cref="DueAt"/>.
/// Cost grows with the days spanned, not the minutes.
/// </remarks>
public static class SlaClock
{
    /// <summary>
    /// The UTC instant at which <paramref name="businessMinutes"/> of working time have passed since
    /// <paramref name="startUtc"/>. With 0 minutes: the start itself in working time, else the next opening.
    /// </summary>
    public static DateTime DueAt(DateTime startUtc, int businessMinutes, BusinessCalendar calendar)
    {
        var start = UtcTime.Require(startUtc, nameof(startUtc));
        if (businessMinutes < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(businessMinutes), businessMinutes, "Business minutes can't be negative.");
        }

        if (calendar is null)
        {
            throw new ArgumentNullException(nameof(calendar));
        }

        var remaining = businessMinutes * TimeSpan.TicksPerMinute;

        // Start a day early: a range of the previous local day can still be running at the start instant
        // when the clocks went back overnight.
        var firstDay = WorkingTime.LocalDate(calendar, start).AddDays(-1);
        var cursor = start;
        for (var i = 0; i < WorkingTime.MaxDaysSearched; i++)
        {
            var day = firstDay.AddDays(i);
            if (!calendar.IsWorkingDay(day))
            {
                continue;
            }

            foreach (var range in calendar.WorkingHours.RangeArrayOn(day.DayOfWeek))
            {
                WorkingTime.Stretch(calendar, day, range, out var open, out var close);
                var from = open > cursor ? open : cursor;
                if (close <= from)
                {
                    continue;
                }

                var available = close.Ticks - from.Ticks;
                if (remaining <= available)
                {
                    return new DateTime(from.Ticks + remaining, DateTimeKind.Utc);
                }

                remaining -= available;
                cursor = close;
            }
        }

        throw new InvalidOperationException("The calendar '" + calendar + "' has no working time in the "
            + WorkingTime.MaxDaysSearched.ToString(CultureInfo.InvariantCulture) + " days after " + start.ToString("u", CultureInfo.InvariantCulture)
            + ": check its working hours and holidays.");
    }

    /// <summary>
    /// Whole business minutes (rounded down) between two instants: the "business minutes to acknowledge"
    /// measure. 0 when <paramref name="endUtc"/> is not after <paramref name="startUtc"/>.
    /// </summary>
    public static int BusinessMinutesBetween(DateTime startUtc, DateTime endUtc, BusinessCalendar calendar)
    {
        var ticks = BusinessTicksBetween(UtcTime.Require(startUtc, nameof(startUtc)), UtcTime.Require(endUtc, nameof(endUtc)), calendar);
        var minutes = ticks / TimeSpan.TicksPerMinute;
        return minutes > int.MaxValue ? int.MaxValue : (int)minutes;
    }

    /// <summary>Whether <paramref name="nowUtc"/> is inside working time.</summary>
    public static bool IsWorkingTime(DateTime nowUtc, BusinessCalendar calendar)
    {
        if (calendar is null)
        {
            throw new ArgumentNullException(nameof(calendar));
        }

        return calendar.IsWorkingTime(nowUtc);
    }

    /// <summary>
    /// How much of the SLA from <paramref name="assignedUtc"/> to <paramref name="dueUtc"/> has passed at
    /// <paramref name="nowUtc"/>, in business time: 0.5 half-way, 1 at the due time, 2 at twice the SLA.
    /// When the SLA itself has no business time (0 minutes), any business time after it is infinitely late.
    /// </summary>
    public static double FractionElapsed(DateTime assignedUtc, DateTime dueUtc, DateTime nowUtc, BusinessCalendar calendar)
    {
        var assigned = UtcTime.Require(assignedUtc, nameof(assignedUtc));
        var due = UtcTime.Require(dueUtc, nameof(dueUtc));
        var now = UtcTime.Require(nowUtc, nameof(nowUtc));
        var total = BusinessTicksBetween(assigned, due, calendar);
        var elapsed = BusinessTicksBetween(assigned, now, calendar);
        if (total == 0)
        {
            return elapsed > 0 ? double.PositiveInfinity : now >= due ? 1d : 0d;
        }

        return (double)elapsed / total;
    }

    internal static long BusinessTicksBetween(DateTime start, DateTime end, BusinessCalendar calendar)
    {
        if (calendar is null)
        {
            throw new ArgumentNullException(nameof(calendar));
        }

        if (end <= start)
        {
            return 0;
        }

        var lastDay = WorkingTime.LocalDate(calendar, end).AddDays(1);
        var total = 0L;
        var cursor = start;
        for (var day = WorkingTime.LocalDate(calendar, start).AddDays(-1); day <= lastDay; day = day.AddDays(1))
        {
            if (!calendar.IsWorkingDay(day))
            {
                continue;
            }

            foreach (var range in calendar.WorkingHours.RangeArrayOn(day.DayOfWeek))
            {
                WorkingTime.Stretch(calendar, day, range, out var open, out var close);
                var from = open > cursor ? open : cursor;
                var to = close < end ? close : end;
                if (to > from)
                {
                    total += to.Ticks - from.Ticks;
                    cursor = to;
                }
            }
        }

        return total;
    }
}
