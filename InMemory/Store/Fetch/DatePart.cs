using System;
using System.Globalization;
using Dataverse.LeadHandover.InMemory.Store.Queries.Model;
using Dataverse.LeadHandover.InMemory.Store.Values;

namespace Dataverse.LeadHandover.InMemory.Store.Fetch;

/// <summary>
/// The part of a date a <c>dategrouping</c> groups by, as a whole number (Learn, "Grouping by parts of a date":
/// day of month, week of year, month, quarter, year; the sample's 3/25/2023 is week 12, month 3). Dates are
/// taken in the user's time zone. Weeks count like SQL Server's DATEPART(week): week 1 holds 1 January and
/// weeks start on Sunday. Quarters assume the default fiscal year, which starts in January.
/// </summary>
internal static class DatePart
{
    public static int Of(DateTime utcValue, DateGrouping grouping, TimeZoneInfo userZone)
    {
        var local = UtcDateTime.ToUserTime(utcValue, userZone);
        return grouping switch
        {
            DateGrouping.Day => local.Day,
            DateGrouping.Week => CultureInfo.InvariantCulture.Calendar.GetWeekOfYear(local, CalendarWeekRule.FirstDay, DayOfWeek.Sunday),
            DateGrouping.Month => local.Month,
            DateGrouping.Quarter => ((local.Month - 1) / 3) + 1,
            DateGrouping.Year => local.Year,
            _ => throw new ArgumentOutOfRangeException(nameof(grouping), grouping, "Not a date grouping."),
        };
    }
}
