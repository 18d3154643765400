using System;
using System.Globalization;
using Dataverse.LeadHandover.InMemory.Store.Metadata;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.InMemory.Store.Rows;

/// <summary>The columns the platform writes itself on every Create and Update: who, when, and the row version.</summary>
internal static class AuditStamp
{
    public static void Created(StoreState state, TableSchema schema, Entity row, Guid callerId)
    {
        if (!schema.IsIntersect)
        {
            var now = state.Clock.GetUtcNow().UtcDateTime;
            row[TableSchema.CreatedOn] = now;
            row[TableSchema.CreatedBy] = Caller(callerId);
        }

        Modified(state, schema, row, callerId);
    }

    public static void Modified(StoreState state, TableSchema schema, Entity row, Guid callerId)
    {
        if (!schema.IsIntersect)
        {
            row[TableSchema.ModifiedOn] = state.Clock.GetUtcNow().UtcDateTime;
            row[TableSchema.ModifiedBy] = Caller(callerId);
        }

        var version = state.NextVersion();
        row[TableSchema.VersionNumber] = version;
        row.RowVersion = version.ToString(CultureInfo.InvariantCulture);
    }

    private static EntityReference Caller(Guid callerId) => new(TableSchema.SystemUser, callerId);
}
