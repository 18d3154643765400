using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.LeadHandover.InMemory.Store.Queries;

/// <summary>
/// Evaluates nested And/Or filters. An empty filter matches everything. Each condition reads the row its
/// <c>EntityName</c> names: the main table, or a link by alias.
/// </summary>
internal static class FilterEvaluator
{
    /// <summary>A query's main criteria against one joined row.</summary>
    public static bool Matches(FilterExpression? filter, JoinedRow row, LinkAliases aliases, QueryContext context) =>
        Matches(filter, entityName => row.Source(aliases.Resolve(entityName)), context);

    /// <summary>A link's own criteria against one row of the linked table.</summary>
    public static bool Matches(FilterExpression? filter, Entity linked, QueryContext context) =>
        Matches(filter, _ => linked, context);

    private static bool Matches(FilterExpression? filter, Func<string?, Entity?> sourceFor, QueryContext context)
    {
        if (filter is null)
        {
            return true;
        }

        var conditions = filter.Conditions.Select(c => (Func<bool>)(() => ConditionMatcher.Matches(c, sourceFor(c.EntityName), context)));
        var children = filter.Filters.Select(f => (Func<bool>)(() => Matches(f, sourceFor, context)));
        var parts = conditions.Concat(children).ToList();
        if (parts.Count == 0)
        {
            return true;
        }

        return filter.FilterOperator == LogicalOperator.Or
            ? parts.Any(part => part())
            : parts.All(part => part());
    }
}
