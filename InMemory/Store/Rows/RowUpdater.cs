using System;
using System.Collections.Generic;
using Dataverse.LeadHandover.InMemory.Store.Faults;
using Dataverse.LeadHandover.InMemory.Store.Metadata;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.InMemory.Store.Rows;

/// <summary>
/// The Update main operation: only the supplied columns change; created on/by cannot be changed
/// (Learn, "Update and delete table rows using the SDK for .NET").
/// </summary>
internal static class RowUpdater
{
    private static readonly HashSet<string> PlatformColumns = new(StringComparer.Ordinal)
    {
        TableSchema.CreatedOn, TableSchema.CreatedBy, TableSchema.ModifiedOn, TableSchema.ModifiedBy, TableSchema.VersionNumber,
    };

    public static void Update(StoreState state, Entity entity, ConcurrencyBehavior behavior, Guid callerId)
    {
        var schema = state.RequireTable(entity.LogicalName);
        var id = entity.Id != Guid.Empty ? entity.Id : entity.GetAttributeValue<Guid>(schema.PrimaryIdAttribute);
        if (id == Guid.Empty)
        {
            throw PlatformFaults.IdMissingForUpdate();
        }

        var stored = state.RequireRow(schema, id);
        ConcurrencyGuard.Check(schema, behavior, entity.RowVersion, stored);
        var ignored = new HashSet<string>(PlatformColumns, StringComparer.Ordinal) { schema.PrimaryIdAttribute };
        var values = IncomingValues.Read(state, schema, entity, ignored);

        var updated = new Entity(schema.LogicalName, id);
        foreach (var attribute in stored.Attributes)
        {
            updated[attribute.Key] = attribute.Value;
        }

        foreach (var value in values)
        {
            if (value.Value is null)
            {
                updated.Attributes.Remove(value.Key);
            }
            else
            {
                updated[value.Key] = value.Value;
            }
        }

        if (values.ContainsKey(TableSchema.StateCode) && !values.ContainsKey(TableSchema.StatusCode))
        {
            StatusDefaults.Apply(schema, updated, replaceExisting: true);
        }

        AuditStamp.Modified(state, schema, updated, callerId);
        state.Rows.Put(schema.LogicalName, updated);
    }
}
