using System;
using System.Xml.Linq;
using Dataverse.LeadHandover.InMemory.Store.Faults;
using Dataverse.LeadHandover.InMemory.Store.Queries.Model;

namespace Dataverse.LeadHandover.InMemory.Store.Fetch;

/// <summary>
/// Reads an <c>attribute</c> element (Learn, FetchXML reference: attribute; "Aggregate data using FetchXml"):
/// name, alias, aggregate function, groupby and dategrouping, and distinct for countcolumn.
/// </summary>
internal static class FetchAttributeReader
{
    public static ColumnSelection Read(XElement element) =>
        new(FetchValues.Required(element, "name"))
        {
            Alias = FetchValues.Optional(element, "alias"),
            Aggregate = AggregateOf(FetchValues.Optional(element, "aggregate")),
            GroupBy = FetchValues.Flag(element, "groupby"),
            DateGrouping = DateGroupingOf(FetchValues.Optional(element, "dategrouping")),
            DistinctValues = FetchValues.Flag(element, "distinct"),
        };

    private static AggregateKind AggregateOf(string? name) => name switch
    {
        null => AggregateKind.None,
        "count" => AggregateKind.Count,
        "countcolumn" => AggregateKind.CountColumn,
        "sum" => AggregateKind.Sum,
        "avg" => AggregateKind.Avg,
        "min" => AggregateKind.Min,
        "max" => AggregateKind.Max,
        _ => throw PlatformFaults.QueryBuilder(PlatformFaults.QueryBuilderInvalidAggregate,
            $"An error occurred while processing Aggregates in Query: '{name}' is not an aggregate function."),
    };

    private static DateGrouping DateGroupingOf(string? name) => name switch
    {
        null => DateGrouping.None,
        "day" => DateGrouping.Day,
        "week" => DateGrouping.Week,
        "month" => DateGrouping.Month,
        "quarter" => DateGrouping.Quarter,
        "year" => DateGrouping.Year,
        "fiscal-period" or "fiscal-year" => throw new NotSupportedException(
            $"The in-memory store has no fiscal year settings, so it cannot group by '{name}'."),
        _ => throw PlatformFaults.QueryBuilder(PlatformFaults.QueryBuilderInvalidDateGrouping,
            $"An invalid value was specified for dategrouping: '{name}'."),
    };
}
