using Dataverse.LeadHandover.InMemory.Store.Relationships;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.InMemory.Store.Rows;

/// <summary>The Delete main operation, with the same concurrency rules as Update; a deleted row's N:N associations go with it.</summary>
internal static class RowDeleter
{
    public static void Delete(StoreState state, EntityReference target, ConcurrencyBehavior behavior)
    {
        var schema = state.RequireTable(target.LogicalName);
        var stored = state.RequireRow(schema, target.Id);
        ConcurrencyGuard.Check(schema, behavior, target.RowVersion, stored);
        state.Rows.Remove(schema.LogicalName, target.Id);
        Associations.RemoveAllOf(state, schema.LogicalName, target.Id);
    }
}
