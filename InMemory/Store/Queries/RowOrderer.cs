using System;
using System.Collections.Generic;
using System.Linq;
using Dataverse.LeadHandover.InMemory.Store.Queries.Model;
using Dataverse.LeadHandover.InMemory.Store.Rows;
using Dataverse.LeadHandover.InMemory.Store.Values;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.InMemory.Store.Queries;

/// <summary>
/// Sorts rows by the query's orders (main table first, then each link's, depth first), then by the primary
/// key, which Dataverse adds so that paging is stable (Learn, "Page results": add the primary key as the
/// last order). Nulls sort first ascending, as in SQL Server. A lookup sorts by the referenced row's name
/// and a choice by its number (Dataverse sorts choices by label; the store has no labels).
/// </summary>
internal static class RowOrderer
{
    public static List<JoinedRow> Sort(IEnumerable<JoinedRow> rows, IReadOnlyList<SortColumn> orders, QueryContext context)
    {
        var keyed = rows.Select(row => (Row: row, Keys: orders.Select(o => KeyOf(row.Source(o.Alias), o.Attribute, context)).ToArray()));
        return keyed
            .OrderBy(k => k.Keys, new SortKeysComparer(orders))
            .ThenBy(k => k.Row.Main.Id, GuidOrder.Instance)
            .Select(k => k.Row)
            .ToList();
    }

    /// <summary>The sorts a model asks for, with link aliases resolved.</summary>
    public static List<SortColumn> SortColumnsOf(QueryModel model, LinkAliases aliases)
    {
        var columns = model.Orders
            .Where(o => o.Attribute is not null)
            .Select(o => new SortColumn(aliases.Resolve(o.EntityAlias), o.Attribute!, o.Descending))
            .ToList();
        foreach (var link in aliases.All)
        {
            columns.AddRange(link.Orders.Where(o => o.Attribute is not null)
                .Select(o => new SortColumn(link.EffectiveAlias, o.Attribute!, o.Descending)));
        }

        return columns;
    }

    private static object? KeyOf(Entity? source, string attribute, QueryContext context)
    {
        object? value = null;
        source?.Attributes.TryGetValue(attribute, out value);
        return value is EntityReference reference
            ? ReferenceNames.NameOf(context.State, reference) ?? (object)reference.Id
            : ComparableValue.Of(value);
    }
}
