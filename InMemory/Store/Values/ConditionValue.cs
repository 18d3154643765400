using System;
using System.Globalization;

namespace Dataverse.LeadHandover.InMemory.Store.Values;

/// <summary>
/// Brings a value from a query condition to the type of the stored value it is compared with.
/// FetchXML carries every value as text, and a QueryExpression may name a lookup by Guid or a choice by int;
/// Dataverse converts them to the column's type before comparing, and so does the store.
/// </summary>
internal static class ConditionValue
{
    /// <summary>The plain, comparable form of <paramref name="raw"/> next to the plain stored value <paramref name="storedPlain"/>.</summary>
    public static object? Coerce(object? raw, object? storedPlain, TimeZoneInfo userZone)
    {
        var plain = ComparableValue.Of(raw);
        if (plain is DateTime dateTime)
        {
            return UtcDateTime.From(dateTime, userZone);
        }

        if (plain is not string text || storedPlain is null or string)
        {
            return plain;
        }

        return storedPlain switch
        {
            Guid => Guid.TryParse(text, out var id) ? id : plain,
            DateTime => ParseDate(text, userZone) ?? plain,
            bool => ParseBoolean(text) ?? plain,
            double or float => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var real) ? real : plain,
            _ when ValueComparer.IsNumber(storedPlain) => decimal.TryParse(text, NumberStyles.Number | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var number) ? number : plain,
            _ => plain,
        };
    }

    /// <summary>A date written in a condition: with an offset or Z it is an instant, without one it is the user's wall-clock time.</summary>
    public static DateTime? ParseDate(string text, TimeZoneInfo userZone) =>
        DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var parsed)
            ? UtcDateTime.From(parsed, userZone)
            : null;

    private static bool? ParseBoolean(string text) => text.Trim() switch
    {
        "1" => true,
        "0" => false,
        var other when bool.TryParse(other, out var flag) => flag,
        _ => null,
    };
}
