using System;
using System.Collections.Generic;
using Dataverse.LeadHandover.InMemory.Store.Faults;
using Dataverse.LeadHandover.InMemory.Store.Metadata;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.InMemory.Store.Rows;

/// <summary>
/// The Create main operation: picks the id, validates and stores the columns, and fills what the platform
/// fills itself: audit columns, owner, state and status reason (Learn, "Create table rows using the SDK for .NET").
/// </summary>
internal static class RowCreator
{
    // Dataverse sets these itself on Create; values sent for them are ignored.
    private static readonly HashSet<string> PlatformColumns = new(StringComparer.Ordinal)
    {
        TableSchema.CreatedOn, TableSchema.CreatedBy, TableSchema.ModifiedOn, TableSchema.ModifiedBy, TableSchema.VersionNumber,
    };

    public static Guid Create(StoreState state, Entity entity, Guid callerId)
    {
        var schema = state.RequireTable(entity.LogicalName);
        if (schema.IsIntersect)
        {
            throw PlatformFaults.QueryBuilder(PlatformFaults.InvalidArgument, $"The 'Create' method does not support entities of type '{schema.LogicalName}'. Use Associate.");
        }

        var id = ChooseId(schema, entity);
        if (state.Rows.Contains(schema.LogicalName, id))
        {
            throw PlatformFaults.DuplicateId();
        }

        var values = IncomingValues.Read(state, schema, entity, PlatformColumns);
        var row = new Entity(schema.LogicalName, id);
        foreach (var value in values)
        {
            if (value.Value is not null)
            {
                row[value.Key] = value.Value;
            }
        }

        row[schema.PrimaryIdAttribute] = id;
        ApplyDefaults(schema, row, callerId);
        AuditStamp.Created(state, schema, row, callerId);
        state.Rows.Put(schema.LogicalName, row);
        return id;
    }

    /// <summary>Stores an intersect row of an N:N relationship, which only Associate may write.</summary>
    public static void CreateIntersect(StoreState state, TableSchema schema, Entity row)
    {
        row[schema.PrimaryIdAttribute] = row.Id;
        AuditStamp.Created(state, schema, row, Guid.Empty);
        state.Rows.Put(schema.LogicalName, row);
    }

    private static Guid ChooseId(TableSchema schema, Entity entity)
    {
        if (entity.Id != Guid.Empty)
        {
            return entity.Id;
        }

        return entity.Attributes.TryGetValue(schema.PrimaryIdAttribute, out var key) && key is Guid keyId && keyId != Guid.Empty
            ? keyId
            : Guid.NewGuid();
    }

    private static void ApplyDefaults(TableSchema schema, Entity row, Guid callerId)
    {
        if (schema.Definition.Ownership == TableOwnership.UserOrTeam && !row.Contains(TableSchema.OwnerId))
        {
            row[TableSchema.OwnerId] = new EntityReference(TableSchema.SystemUser, callerId);
        }

        if (schema.TracksState && !row.Contains(TableSchema.StateCode))
        {
            row[TableSchema.StateCode] = new OptionSetValue(0);
        }

        StatusDefaults.Apply(schema, row);
    }
}
