using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Dataverse.LeadHandover.InMemory.Store.Values;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.LeadHandover.InMemory.Store.Queries;

/// <summary>
/// Decides one condition for one row, with SQL's null semantics (only Null/NotNull ever match a missing
/// value, so NotEqual and NotIn skip nulls) and Dataverse's case-insensitive text comparison
/// (Learn, "Filter rows using QueryExpression" / FetchXML condition operators). Operators the store does not
/// implement throw <see cref="NotSupportedException"/> naming the operator rather than answering wrongly.
/// </summary>
internal static class ConditionMatcher
{
    public static bool Matches(ConditionExpression condition, Entity? source, QueryContext context)
    {
        object? stored = null;
        source?.Attributes.TryGetValue(condition.AttributeName, out stored);
        var plain = ComparableValue.Of(stored);
        var values = condition.CompareColumns ? OtherColumn(condition, source) : ConditionValues.Of(condition);

        switch (condition.Operator)
        {
            case ConditionOperator.Null:
                return plain is null;
            case ConditionOperator.NotNull:
                return plain is not null;
        }

        if (plain is null)
        {
            return false;
        }

        object? First() => ConditionValue.Coerce(values.FirstOrDefault(), plain, context.UserZone);
        IEnumerable<object?> All() => values.Select(v => ConditionValue.Coerce(v, plain, context.UserZone));

        return condition.Operator switch
        {
            ConditionOperator.Equal => ValueComparer.AreEqual(plain, First()),
            ConditionOperator.NotEqual => First() is { } other && !ValueComparer.AreEqual(plain, other),
            ConditionOperator.GreaterThan => Compare(plain, First()) is > 0,
            ConditionOperator.GreaterEqual => Compare(plain, First()) is >= 0,
            ConditionOperator.LessThan => Compare(plain, First()) is < 0,
            ConditionOperator.LessEqual => Compare(plain, First()) is <= 0,
            ConditionOperator.In => All().Any(v => ValueComparer.AreEqual(plain, v)),
            ConditionOperator.NotIn => !All().Any(v => ValueComparer.AreEqual(plain, v)),
            ConditionOperator.Between => IsBetween(plain, All().ToList()),
            ConditionOperator.NotBetween => !IsBetween(plain, All().ToList()),
            ConditionOperator.Like => SqlLikePattern.IsMatch(Text(plain), Text(First())),
            ConditionOperator.NotLike => !SqlLikePattern.IsMatch(Text(plain), Text(First())),
            ConditionOperator.BeginsWith => Text(plain).StartsWith(Text(First()), StringComparison.OrdinalIgnoreCase),
            ConditionOperator.DoesNotBeginWith => !Text(plain).StartsWith(Text(First()), StringComparison.OrdinalIgnoreCase),
            ConditionOperator.EndsWith => Text(plain).EndsWith(Text(First()), StringComparison.OrdinalIgnoreCase),
            ConditionOperator.DoesNotEndWith => !Text(plain).EndsWith(Text(First()), StringComparison.OrdinalIgnoreCase),
            ConditionOperator.On => CompareDates(plain, values.FirstOrDefault(), context) is 0,
            ConditionOperator.NotOn => CompareDates(plain, values.FirstOrDefault(), context) is < 0 or > 0,
            ConditionOperator.OnOrBefore => CompareDates(plain, values.FirstOrDefault(), context) is <= 0,
            ConditionOperator.OnOrAfter => CompareDates(plain, values.FirstOrDefault(), context) is >= 0,
            ConditionOperator.EqualUserId => ValueComparer.AreEqual(plain, context.CallerId),
            ConditionOperator.NotEqualUserId => !ValueComparer.AreEqual(plain, context.CallerId),
            _ when RelativeDateMatcher.Handles(condition.Operator) => RelativeDateMatcher.Matches(condition.Operator, plain, values, context),
            _ => throw new NotSupportedException(
                $"The in-memory store does not support the condition operator '{condition.Operator}' (on '{condition.AttributeName}')."),
        };
    }

    private static List<object?> OtherColumn(ConditionExpression condition, Entity? source)
    {
        var otherColumn = condition.Values.FirstOrDefault() as string ?? string.Empty;
        object? other = null;
        source?.Attributes.TryGetValue(otherColumn, out other);
        return [ComparableValue.Of(other)];
    }

    // A missing condition value gives no answer (null), so no comparison operator matches it.
    private static int? Compare(object plain, object? value) =>
        value is null ? null : ValueComparer.Compare(plain, value);

    private static bool IsBetween(object plain, List<object?> bounds) =>
        bounds.Count == 2 && bounds[0] is not null && bounds[1] is not null
        && ValueComparer.Compare(plain, bounds[0]) >= 0 && ValueComparer.Compare(plain, bounds[1]) <= 0;

    private static string Text(object? value) =>
        Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty;

    // On/OnOrBefore/OnOrAfter compare calendar dates in the user's time zone, ignoring the time of day.
    private static int? CompareDates(object plain, object? conditionValue, QueryContext context)
    {
        if (plain is not DateTime stored)
        {
            return null;
        }

        DateTime? day = conditionValue switch
        {
            DateTime date => UtcDateTime.ToUserTime(UtcDateTime.From(date, context.UserZone), context.UserZone),
            string text => ConditionValue.ParseDate(text, context.UserZone) is { } parsed ? UtcDateTime.ToUserTime(parsed, context.UserZone) : null,
            _ => null,
        };
        return day is null ? null : UtcDateTime.ToUserTime(stored, context.UserZone).Date.CompareTo(day.Value.Date);
    }
}
