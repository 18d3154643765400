using System.Collections.Generic;
using System.Linq;
using Dataverse.LeadHandover.InMemory.Store.Faults;
using Dataverse.LeadHandover.InMemory.Store.Queries.Model;

namespace Dataverse.LeadHandover.InMemory.Store.Fetch;

/// <summary>
/// The platform's rules for aggregate FetchXML (Learn, "Aggregate data using FetchXml" and the QueryBuilder
/// error codes): every attribute is aggregated or grouped, aggregates carry an alias, orders use aliases;
/// and aggregate functions need <c>aggregate='true'</c> on fetch.
/// </summary>
internal static class FetchAggregateRules
{
    public static void Check(bool aggregate, EntityContent content)
    {
        var selections = AllSelections(content.Columns, content.Links).ToList();
        if (!aggregate)
        {
            if (selections.Any(s => s.Aggregate != AggregateKind.None || s.GroupBy))
            {
                throw PlatformFaults.QueryBuilder(PlatformFaults.QueryBuilderInvalidAggregate,
                    "An error occurred while processing Aggregates in Query: aggregate and groupby need aggregate='true' on the fetch element.");
            }

            return;
        }

        if (content.Columns.All || AllLinks(content.Links).Any(l => l.Columns.All)
            || selections.Any(s => s.Aggregate == AggregateKind.None && !s.GroupBy))
        {
            throw PlatformFaults.QueryBuilder(PlatformFaults.QueryBuilderAttributeWithAggregate,
                "Attributes can not be returned when aggregate operation is specified.");
        }

        if (selections.FirstOrDefault(s => s.Aggregate != AggregateKind.None && s.Alias is null) is { } unaliased)
        {
            throw PlatformFaults.QueryBuilder(PlatformFaults.QueryBuilderInvalidAlias,
                $"Invalid alias for aggregate operation: the aggregate of '{unaliased.Attribute}' needs an alias.");
        }

        if (content.Orders.Concat(AllLinks(content.Links).SelectMany(l => l.Orders)).Any(o => o.Attribute is not null))
        {
            throw PlatformFaults.QueryBuilder(PlatformFaults.QueryBuilderAttributeNotAllowedForAggregateOrderBy,
                "An attribute cannot be specified for an order clause for an aggregate Query. Use an alias.");
        }
    }

    private static IEnumerable<ColumnSelection> AllSelections(SelectedColumns columns, IEnumerable<LinkModel> links) =>
        columns.Items.Concat(AllLinks(links).SelectMany(l => l.Columns.Items));

    private static IEnumerable<LinkModel> AllLinks(IEnumerable<LinkModel> links) =>
        links.SelectMany(l => new[] { l }.Concat(AllLinks(l.Links)));
}
