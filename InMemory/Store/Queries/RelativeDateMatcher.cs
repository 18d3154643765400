using System;
using System.Collections.Generic;
using System.Globalization;
using Dataverse.LeadHandover.InMemory.Store.Values;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.LeadHandover.InMemory.Store.Queries;

/// <summary>
/// Date operators relative to now, read from the store's clock in the user's time zone
/// (Learn, FetchXML condition operators: "older than X days", "within last X days", "today", ...).
/// Day-based operators work on whole calendar days; the boundaries follow a public measurement against a
/// live environment (olderthan-x-days 1: before yesterday; last-x-days 1: from the start of yesterday to now;
/// next-x-days 30: after now to the end of day +30) and are otherwise UNVERIFIED.
/// </summary>
internal static class RelativeDateMatcher
{
    private static readonly HashSet<ConditionOperator> Handled =
    [
        ConditionOperator.Today, ConditionOperator.Yesterday, ConditionOperator.Tomorrow,
        ConditionOperator.Last7Days, ConditionOperator.Next7Days,
        ConditionOperator.LastXHours, ConditionOperator.NextXHours, ConditionOperator.LastXDays, ConditionOperator.NextXDays,
        ConditionOperator.LastXWeeks, ConditionOperator.NextXWeeks, ConditionOperator.LastXMonths, ConditionOperator.NextXMonths,
        ConditionOperator.LastXYears, ConditionOperator.NextXYears,
        ConditionOperator.OlderThanXMinutes, ConditionOperator.OlderThanXHours, ConditionOperator.OlderThanXDays,
        ConditionOperator.OlderThanXWeeks, ConditionOperator.OlderThanXMonths, ConditionOperator.OlderThanXYears,
    ];

    public static bool Handles(ConditionOperator op) => Handled.Contains(op);

    public static bool Matches(ConditionOperator op, object plain, IReadOnlyList<object?> values, QueryContext context)
    {
        if (plain is not DateTime value)
        {
            return false;
        }

        var zone = context.UserZone;
        var now = context.State.Clock.GetUtcNow().UtcDateTime;
        var today = UtcDateTime.ToUserTime(now, zone).Date;
        DateTime Day(DateTime localDay) => TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(localDay, DateTimeKind.Unspecified), zone);
        bool Within(DateTime from, DateTime to) => value >= from && value <= to;
        var x = values.Count > 0 ? Count(values[0]) : 0;

        return op switch
        {
            ConditionOperator.Today => Within(Day(today), Day(today.AddDays(1)).AddTicks(-1)),
            ConditionOperator.Yesterday => Within(Day(today.AddDays(-1)), Day(today).AddTicks(-1)),
            ConditionOperator.Tomorrow => Within(Day(today.AddDays(1)), Day(today.AddDays(2)).AddTicks(-1)),
            ConditionOperator.Last7Days => Within(Day(today.AddDays(-7)), now),
            ConditionOperator.Next7Days => value > now && value < Day(today.AddDays(8)),
            ConditionOperator.LastXHours => Within(now.AddHours(-x), now),
            ConditionOperator.NextXHours => Within(now, now.AddHours(x)),
            ConditionOperator.LastXDays => Within(Day(today.AddDays(-x)), now),
            ConditionOperator.NextXDays => value > now && value < Day(today.AddDays(x + 1)),
            ConditionOperator.LastXWeeks => Within(Day(today.AddDays(-7 * x)), now),
            ConditionOperator.NextXWeeks => value > now && value < Day(today.AddDays((7 * x) + 1)),
            ConditionOperator.LastXMonths => Within(Day(today.AddMonths(-x)), now),
            ConditionOperator.NextXMonths => value > now && value < Day(today.AddMonths(x).AddDays(1)),
            ConditionOperator.LastXYears => Within(Day(today.AddYears(-x)), now),
            ConditionOperator.NextXYears => value > now && value < Day(today.AddYears(x).AddDays(1)),
            ConditionOperator.OlderThanXMinutes => value < now.AddMinutes(-x),
            ConditionOperator.OlderThanXHours => value < now.AddHours(-x),
            ConditionOperator.OlderThanXDays => value < Day(today.AddDays(-x)),
            ConditionOperator.OlderThanXWeeks => value < Day(today.AddDays(-7 * x)),
            ConditionOperator.OlderThanXMonths => value < Day(today.AddMonths(-x)),
            ConditionOperator.OlderThanXYears => value < Day(today.AddYears(-x)),
            _ => throw new NotSupportedException($"'{op}' is not a relative date operator."),
        };
    }

    private static int Count(object? value) =>
        Convert.ToInt32(ComparableValue.Of(value), CultureInfo.InvariantCulture);
}
