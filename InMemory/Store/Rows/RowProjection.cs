using Dataverse.LeadHandover.InMemory.Store.Metadata;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.LeadHandover.InMemory.Store.Rows;

/// <summary>
/// What a caller gets back for a stored row: a fresh copy with the requested columns that have a value,
/// the primary key, the id and the row version (Learn, RetrieveRequest.ColumnSet and ColumnSet class remarks:
/// null columns are absent; a null ColumnSet returns only the primary key; the primary key is always returned).
/// </summary>
internal static class RowProjection
{
    public static Entity Project(StoreState state, TableSchema schema, Entity row, ColumnSet? columns)
    {
        var result = Start(schema, row);
        if (columns is null)
        {
            return result;
        }

        if (columns.AllColumns)
        {
            foreach (var attribute in row.Attributes)
            {
                result[attribute.Key] = ReferenceNames.CopyForReader(state, attribute.Value);
            }

            return result;
        }

        foreach (var column in columns.Columns)
        {
            if (row.Attributes.TryGetValue(column, out var value) && value is not null)
            {
                result[column] = ReferenceNames.CopyForReader(state, value);
            }
        }

        return result;
    }

    /// <summary>A row copy with only its identity: logical name, id, primary key column and row version.</summary>
    public static Entity Start(TableSchema schema, Entity row)
    {
        var result = new Entity(schema.LogicalName, row.Id) { RowVersion = row.RowVersion };
        result[schema.PrimaryIdAttribute] = row.Id;
        return result;
    }
}
