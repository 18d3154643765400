using Dataverse.LeadHandover.InMemory.Store.Metadata;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.InMemory.Store.Rows;

/// <summary>
/// The default status reason for a row's state, applied when a write sets (or Create implies) a state but
/// no status reason (Learn, "Special update operation behavior": updating only statecode applies the default statuscode).
/// </summary>
internal static class StatusDefaults
{
    public static void Apply(TableSchema schema, Entity row, bool replaceExisting = false)
    {
        if (!schema.TracksStatus || (!replaceExisting && row.Contains(TableSchema.StatusCode)))
        {
            return;
        }

        if (row.Attributes.TryGetValue(TableSchema.StateCode, out var value) && value is OptionSetValue state
            && schema.Definition.DefaultStatusByState.TryGetValue(state.Value, out var status))
        {
            row[TableSchema.StatusCode] = new OptionSetValue(status);
        }
    }
}
