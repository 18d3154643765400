using System;
using Dataverse.LeadHandover.InMemory.Store.Faults;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.LeadHandover.InMemory.Store.Rows;

/// <summary>The Retrieve main operation, and the full-row snapshot the pipeline builds entity images from.</summary>
internal static class RowReader
{
    public static Entity Retrieve(StoreState state, string logicalName, Guid id, ColumnSet? columns)
    {
        var schema = state.RequireTable(logicalName);
        if (columns is { AllColumns: false })
        {
            foreach (var column in columns.Columns)
            {
                if (!schema.HasColumn(column))
                {
                    throw PlatformFaults.UnknownColumn(schema.LogicalName, column);
                }
            }
        }

        return RowProjection.Project(state, schema, state.RequireRow(schema, id), columns);
    }

    public static Entity? Snapshot(StoreState state, string logicalName, Guid id) =>
        state.Schemas.TryGetValue(logicalName, out var schema) && state.Rows.TryGet(logicalName, id, out var row)
            ? RowProjection.Project(state, schema, row, new ColumnSet(true))
            : null;
}
