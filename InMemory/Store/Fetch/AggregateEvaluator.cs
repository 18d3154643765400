using System;
using System.Collections.Generic;
using System.Linq;
using Dataverse.LeadHandover.InMemory.Store.Metadata;
using Dataverse.LeadHandover.InMemory.Store.Queries;
using Dataverse.LeadHandover.InMemory.Store.Queries.Model;
using Dataverse.LeadHandover.InMemory.Store.Rows;
using Dataverse.LeadHandover.InMemory.Store.Values;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.InMemory.Store.Fetch;

/// <summary>
/// Aggregate FetchXML (Learn, "Aggregate data using FetchXml"): one result row per group of the
/// <c>groupby</c> columns (one row in all when nothing is grouped, even over no rows), every value an
/// AliasedValue under its alias. A grouped lookup comes back as an EntityReference, a grouped date part as
/// an int. Rows are sorted by the <c>order alias</c> elements, otherwise by the group values.
/// </summary>
internal static class AggregateEvaluator
{
    public static EntityCollection Evaluate(QueryModel model, TableSchema schema, LinkAliases aliases, List<JoinedRow> rows, QueryContext context)
    {
        var selections = model.Columns.Items.Select(c => new AggregateColumn(null, schema, c))
            .Concat(aliases.All.SelectMany(l => l.Columns.Items.Select(c => new AggregateColumn(l.EffectiveAlias, context.State.RequireTable(l.Table), c))))
            .ToList();
        var groupBy = selections.Where(s => s.Column.GroupBy).ToList();

        var groups = groupBy.Count == 0
            ? [rows]
            : rows.GroupBy(r => string.Join('\u001f', groupBy.Select(g => Convert.ToString(JoinKey.Of(GroupValue(r, g, context)), System.Globalization.CultureInfo.InvariantCulture))), StringComparer.Ordinal)
                .Select(g => g.ToList())
                .ToList();

        var results = groups.Select(group => Row(schema, selections, group, context)).ToList();
        var ordered = Order(results, model, aliases, groupBy).AsEnumerable();
        if (model.Top is > 0 and var top)
        {
            ordered = ordered.Take(top);
        }

        var collection = new EntityCollection { EntityName = schema.LogicalName, MoreRecords = false, TotalRecordCount = -1 };
        collection.Entities.AddRange(ordered);
        return collection;
    }

    private static Entity Row(TableSchema schema, List<AggregateColumn> selections, List<JoinedRow> group, QueryContext context)
    {
        var result = new Entity(schema.LogicalName);
        foreach (var selection in selections)
        {
            var column = selection.Column;
            var value = column.GroupBy
                ? GroupValue(group[0], selection, context)
                : AggregateCalculator.Compute(column, group.Select(r => RawValue(r, selection)).ToList(), TypeOf(selection));
            result[column.Alias ?? column.Attribute] = new AliasedValue(selection.Schema.LogicalName, column.Attribute, value);
        }

        return result;
    }

    private static object? GroupValue(JoinedRow row, AggregateColumn selection, QueryContext context)
    {
        var raw = RawValue(row, selection);
        return selection.Column.DateGrouping != DateGrouping.None && raw is DateTime date
            ? DatePart.Of(date, selection.Column.DateGrouping, context.UserZone)
            : ReferenceNames.CopyForReader(context.State, raw);
    }

    private static object? RawValue(JoinedRow row, AggregateColumn selection)
    {
        object? value = null;
        row.Source(selection.Alias)?.Attributes.TryGetValue(selection.Column.Attribute, out value);
        return value;
    }

    private static ColumnType? TypeOf(AggregateColumn selection) =>
        selection.Schema.IsLooselyTyped || !selection.Schema.TryGetColumn(selection.Column.Attribute, out var definition)
            ? null
            : definition.Type;

    private static List<Entity> Order(List<Entity> results, QueryModel model, LinkAliases aliases, List<AggregateColumn> groupBy)
    {
        var keys = model.Orders.Concat(aliases.All.SelectMany(l => l.Orders))
            .Where(o => o.Alias is not null)
            .Select(o => new SortColumn(null, o.Alias!, o.Descending))
            .ToList();
        if (keys.Count == 0)
        {
            keys = groupBy.Select(g => new SortColumn(null, g.Column.Alias ?? g.Column.Attribute, false)).ToList();
        }

        return results
            .OrderBy(r => keys.Select(k => r.Attributes.TryGetValue(k.Attribute, out var v) ? ComparableValue.Of(v) : null).ToArray(), new SortKeysComparer(keys))
            .ToList();
    }
}
