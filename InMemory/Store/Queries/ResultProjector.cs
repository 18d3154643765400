using Dataverse.LeadHandover.InMemory.Store.Metadata;
using Dataverse.LeadHandover.InMemory.Store.Queries.Model;
using Dataverse.LeadHandover.InMemory.Store.Rows;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.InMemory.Store.Queries;

/// <summary>
/// Builds the Entity a query returns for one joined row: main-table columns under their names (or as an
/// AliasedValue under a FetchXML alias), link columns as AliasedValue under <c>alias.column</c>
/// (Learn, "Join tables using QueryExpression": linked values are returned as AliasedValue).
/// </summary>
internal static class ResultProjector
{
    public static Entity Project(JoinedRow row, QueryModel model, TableSchema schema, LinkAliases aliases, QueryContext context)
    {
        var result = RowProjection.Start(schema, row.Main);
        AddColumns(result, row.Main, model.Columns, schema.LogicalName, linkAlias: null, context);
        foreach (var link in aliases.All)
        {
            if (row.Source(link.EffectiveAlias) is { } linked)
            {
                AddColumns(result, linked, link.Columns, link.Table, link.EffectiveAlias, context);
            }
        }

        return result;
    }

    private static void AddColumns(Entity result, Entity source, SelectedColumns columns, string table, string? linkAlias, QueryContext context)
    {
        if (columns.All)
        {
            foreach (var attribute in source.Attributes)
            {
                Add(result, table, attribute.Key, attribute.Value, key: null, linkAlias, context);
            }

            return;
        }

        foreach (var column in columns.Items)
        {
            if (source.Attributes.TryGetValue(column.Attribute, out var value) && value is not null)
            {
                Add(result, table, column.Attribute, value, column.Alias, linkAlias, context);
            }
        }
    }

    private static void Add(Entity result, string table, string attribute, object? value, string? key, string? linkAlias, QueryContext context)
    {
        var copy = ReferenceNames.CopyForReader(context.State, value);
        if (key is null && linkAlias is null)
        {
            result[attribute] = copy;
            return;
        }

        result[key ?? linkAlias + "." + attribute] = new AliasedValue(table, attribute, copy);
    }
}
