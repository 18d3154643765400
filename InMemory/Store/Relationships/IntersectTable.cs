using System;
using System.Collections.Generic;
using Dataverse.LeadHandover.InMemory.Store.Metadata;

namespace Dataverse.LeadHandover.InMemory.Store.Relationships;

/// <summary>The table definition that makes an N:N relationship's associations queryable as rows.</summary>
internal static class IntersectTable
{
    public static TableSchema SchemaFor(ManyToManyDefinition relationship)
    {
        var columns = IntersectColumns.Of(relationship);
        var primaryId = relationship.IntersectEntity + "id";
        var definition = new TableDefinition(relationship.IntersectEntity, primaryId)
        {
            Ownership = TableOwnership.None,
            OptimisticConcurrency = false,
            Columns = new Dictionary<string, ColumnDefinition>(StringComparer.Ordinal)
            {
                [primaryId] = new(primaryId, ColumnType.UniqueIdentifier),
                [columns.Entity1Column] = new(columns.Entity1Column, ColumnType.UniqueIdentifier),
                [columns.Entity2Column] = new(columns.Entity2Column, ColumnType.UniqueIdentifier),
            },
        };
        return new TableSchema(definition, isIntersect: true);
    }
}
