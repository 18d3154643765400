using System.Collections.Generic;
using System.Linq;
using Dataverse.LeadHandover.InMemory.Store.Faults;
using Dataverse.LeadHandover.InMemory.Store.Metadata;
using Dataverse.LeadHandover.InMemory.Store.Queries.Model;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.LeadHandover.InMemory.Store.Queries;

/// <summary>
/// Rejects a query that names a table or a column the metadata does not have, with the platform's
/// QueryBuilderNoEntity / QueryBuilderNoAttribute faults. Loosely typed tables accept every column.
/// </summary>
internal static class QueryValidator
{
    public static void Validate(QueryModel model, TableSchema main, LinkAliases aliases, QueryContext context)
    {
        var schemas = new Dictionary<string, TableSchema>(System.StringComparer.Ordinal);
        foreach (var link in aliases.All)
        {
            schemas[link.EffectiveAlias] = context.State.RequireTable(link.Table);
        }

        TableSchema SchemaOf(string? alias) => alias is null ? main : schemas[alias];

        Columns(main, model.Columns);
        Filter(model.Criteria, name => SchemaOf(aliases.Resolve(name)));
        foreach (var order in model.Orders.Where(o => o.Attribute is not null))
        {
            Require(SchemaOf(aliases.Resolve(order.EntityAlias)), order.Attribute!);
        }

        ValidateLinks(model.Links, main, schemas);
    }

    private static void ValidateLinks(IEnumerable<LinkModel> links, TableSchema parent, Dictionary<string, TableSchema> schemas)
    {
        foreach (var link in links)
        {
            var linked = schemas[link.EffectiveAlias];
            Require(parent, link.ParentAttribute);
            Require(linked, link.LinkedAttribute);
            Columns(linked, link.Columns);
            Filter(link.Criteria, _ => linked);
            foreach (var order in link.Orders.Where(o => o.Attribute is not null))
            {
                Require(linked, order.Attribute!);
            }

            ValidateLinks(link.Links, linked, schemas);
        }
    }

    private static void Columns(TableSchema schema, SelectedColumns columns)
    {
        foreach (var column in columns.Items)
        {
            Require(schema, column.Attribute);
        }
    }

    private static void Filter(FilterExpression? filter, System.Func<string?, TableSchema> schemaOf)
    {
        if (filter is null)
        {
            return;
        }

        foreach (var condition in filter.Conditions)
        {
            Require(schemaOf(condition.EntityName), condition.AttributeName);
        }

        foreach (var child in filter.Filters)
        {
            Filter(child, schemaOf);
        }
    }

    private static void Require(TableSchema schema, string column)
    {
        if (!schema.HasColumn(column))
        {
            throw PlatformFaults.UnknownColumn(schema.LogicalName, column);
        }
    }
}
