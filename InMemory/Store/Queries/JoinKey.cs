using System.Globalization;
using Dataverse.LeadHandover.InMemory.Store.Values;

namespace Dataverse.LeadHandover.InMemory.Store.Queries;

/// <summary>The hashable form of a join column's value: ids for lookups, one numeric type, text without case.</summary>
internal static class JoinKey
{
    public static object? Of(object? value) => ComparableValue.Of(value) switch
    {
        null => null,
        string text => text.ToUpperInvariant(),
        var number when ValueComparer.IsNumber(number) => System.Convert.ToDecimal(number, CultureInfo.InvariantCulture),
        var other => other,
    };
}
