using System;

namespace Dataverse.LeadHandover.Domain.Sla;

/// <summary>
/// The calendar's working time as real (UTC) stretches, one per working range per local day, mapped by
/// <see cref="WallClock"/>. Everything that counts business time walks these stretches day by day, so the
/// cost grows with the days spanned, never with the minutes.
/// </summary>
internal static class WorkingTime
{
    // Far enough to cross any run of holidays a real calendar has; a calendar with no working time at all
    // in ten years is a configuration error, not a reason to loop for ever.
    public const int MaxDaysSearched = 3660;

    private static readonly TimeSpan OffsetCheckSpan = TimeSpan.FromHours(26);

    /// <summary>The local date <paramref name="utc"/> falls on in the calendar's zone.</summary>
    public static DateTime LocalDate(BusinessCalendar calendar, DateTime utc) => WallClock.ToLocal(calendar.TimeZone, utc).Date;

    /// <summary>Real start and end of one working range on one local day.</summary>
    public static void Stretch(BusinessCalendar calendar, DateTime localDate, WorkingRange range, out DateTime openUtc, out DateTime closeUtc)
    {
        openUtc = WallClock.FirstShowing(calendar.TimeZone, localDate.AddMinutes(range.StartMinute));
        closeUtc = WallClock.LastShowing(calendar.TimeZone, localDate.AddMinutes(range.EndMinute));
    }

    public static bool Contains(BusinessCalendar calendar, DateTime nowUtc)
    {
        var zone = calendar.TimeZone;
        var local = WallClock.ToLocal(zone, nowUtc);

        // Away from a clock change the wall clock alone answers; near one, use the same stretches the SLA clock counts.
        var offset = local - nowUtc;
        if (!zone.SupportsDaylightSavingTime
            || (nowUtc.Ticks > OffsetCheckSpan.Ticks
                && DateTime.MaxValue.Ticks - nowUtc.Ticks > OffsetCheckSpan.Ticks
                && zone.GetUtcOffset(nowUtc - OffsetCheckSpan) == offset
                && zone.GetUtcOffset(nowUtc + OffsetCheckSpan) == offset))
        {
            return calendar.IsWorkingDay(local.Date) && calendar.WorkingHours.Contains(local.DayOfWeek, local.TimeOfDay);
        }

        for (var day = local.Date.AddDays(-1); day <= local.Date.AddDays(1); day = day.AddDays(1))
        {
            if (!calendar.IsWorkingDay(day))
            {
                continue;
            }

            foreach (var range in calendar.WorkingHours.RangeArrayOn(day.DayOfWeek))
            {
                Stretch(calendar, day, range, out var open, out var close);
                if (nowUtc >= open && nowUtc < close)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
