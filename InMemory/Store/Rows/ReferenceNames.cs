using Dataverse.LeadHandover.InMemory.Store.Values;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.InMemory.Store.Rows;

/// <summary>
/// Fills <c>EntityReference.Name</c> with the referenced row's primary name on the way out, as Dataverse
/// does on retrieve; names are never stored, so a renamed row shows its new name everywhere.
/// </summary>
internal static class ReferenceNames
{
    /// <summary>A copy of <paramref name="value"/> ready to hand out, lookups named.</summary>
    public static object? CopyForReader(StoreState state, object? value)
    {
        var copy = ValueCopier.CopyValue(value);
        if (copy is EntityReference reference)
        {
            reference.Name = NameOf(state, reference);
        }

        return copy;
    }

    /// <summary>The primary name of the referenced row, or null when unknown.</summary>
    public static string? NameOf(StoreState state, EntityReference reference) =>
        state.Schemas.TryGetValue(reference.LogicalName, out var schema)
        && schema.Definition.PrimaryNameAttribute is { } nameColumn
        && state.Rows.TryGet(reference.LogicalName, reference.Id, out var row)
        && row.Attributes.TryGetValue(nameColumn, out var name)
            ? name as string
            : null;
}
