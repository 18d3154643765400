using System;
using System.Linq;
using Dataverse.LeadHandover.InMemory.Store.Faults;
using Dataverse.LeadHandover.InMemory.Store.Metadata;
using Dataverse.LeadHandover.InMemory.Store.Rows;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.InMemory.Store.Relationships;

/// <summary>
/// Associate and Disassociate for N:N relationships, stored as intersect rows
/// (Learn, "Associate and disassociate table rows using the SDK for .NET").
/// </summary>
internal static class Associations
{
    public static void Associate(StoreState state, string table, Guid id, Relationship relationship, EntityReferenceCollection related)
    {
        var (definition, intersect, columns) = Resolve(state, relationship);
        foreach (var pair in Pairs(state, definition, table, id, related))
        {
            if (Find(state, intersect, columns, pair) is not null)
            {
                throw PlatformFaults.DuplicateAssociation();
            }

            var row = new Entity(intersect.LogicalName, Guid.NewGuid());
            row[columns.Entity1Column] = pair.Entity1Id;
            row[columns.Entity2Column] = pair.Entity2Id;
            RowCreator.CreateIntersect(state, intersect, row);
        }
    }

    public static void Disassociate(StoreState state, string table, Guid id, Relationship relationship, EntityReferenceCollection related)
    {
        var (definition, intersect, columns) = Resolve(state, relationship);
        foreach (var pair in Pairs(state, definition, table, id, related))
        {
            // Removing an association that does not exist changes nothing, so it is not an error.
            if (Find(state, intersect, columns, pair) is { } row)
            {
                state.Rows.Remove(intersect.LogicalName, row.Id);
            }
        }
    }

    /// <summary>Removes every association of a deleted row, as the platform's cascade on intersect rows does.</summary>
    public static void RemoveAllOf(StoreState state, string table, Guid id)
    {
        foreach (var definition in state.Relationships.Values.Where(r => r.Entity1 == table || r.Entity2 == table))
        {
            var columns = IntersectColumns.Of(definition);
            var stale = state.Rows.All(definition.IntersectEntity)
                .Where(r => (definition.Entity1 == table && Equals(r[columns.Entity1Column], id))
                    || (definition.Entity2 == table && Equals(r[columns.Entity2Column], id)))
                .Select(r => r.Id)
                .ToList();
            stale.ForEach(rowId => state.Rows.Remove(definition.IntersectEntity, rowId));
        }
    }

    private static (ManyToManyDefinition Definition, TableSchema Intersect, IntersectColumns Columns) Resolve(StoreState state, Relationship relationship)
    {
        if (!state.Relationships.TryGetValue(relationship.SchemaName ?? string.Empty, out var definition))
        {
            throw new NotSupportedException(
                $"Relationship '{relationship.SchemaName}' is not a many-to-many relationship defined with DefineRelationship; the in-memory store does not associate one-to-many relationships: set the lookup column instead.");
        }

        return (definition, state.RequireTable(definition.IntersectEntity), IntersectColumns.Of(definition));
    }

    private static AssociationPair[] Pairs(StoreState state, ManyToManyDefinition definition, string table, Guid id, EntityReferenceCollection related)
    {
        state.RequireRow(state.RequireTable(table), id);
        return related.Select(other =>
        {
            state.RequireRow(state.RequireTable(other.LogicalName), other.Id);
            if (table == definition.Entity1 && other.LogicalName == definition.Entity2)
            {
                return new AssociationPair(id, other.Id);
            }

            if (table == definition.Entity2 && other.LogicalName == definition.Entity1)
            {
                return new AssociationPair(other.Id, id);
            }

            throw PlatformFaults.QueryBuilder(PlatformFaults.InvalidArgument,
                $"Relationship '{definition.SchemaName}' does not link '{table}' with '{other.LogicalName}'.");
        }).ToArray();
    }

    private static Entity? Find(StoreState state, TableSchema intersect, IntersectColumns columns, AssociationPair pair) =>
        state.Rows.All(intersect.LogicalName).FirstOrDefault(r =>
            Equals(r[columns.Entity1Column], pair.Entity1Id) && Equals(r[columns.Entity2Column], pair.Entity2Id));
}
