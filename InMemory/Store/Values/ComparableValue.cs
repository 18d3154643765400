using System.Globalization;
using System.Linq;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.InMemory.Store.Values;

/// <summary>
/// Reduces an SDK value to what Dataverse compares in SQL: a lookup by its id, a choice by its number,
/// money by its amount. A condition may therefore name a lookup by Guid or a choice by int.
/// </summary>
internal static class ComparableValue
{
    /// <summary>The plain value behind <paramref name="value"/>.</summary>
    public static object? Of(object? value) => value switch
    {
        null => null,
        AliasedValue aliased => Of(aliased.Value),
        EntityReference reference => reference.Id,
        OptionSetValue option => option.Value,
        Money money => money.Value,
        OptionSetValueCollection options => string.Join(",", options.Select(o => o.Value).OrderBy(v => v).Select(v => v.ToString(CultureInfo.InvariantCulture))),
        _ => value,
    };
}
