namespace Dataverse.LeadHandover.InMemory.Store.Queries.Model;

/// <summary>One requested column: plain, aliased, aggregated or grouped.</summary>
internal sealed record ColumnSelection(string Attribute)
{
    /// <summary>The result key FetchXML asked for; the value then comes back as an AliasedValue under it.</summary>
    public string? Alias { get; init; }

    public AggregateKind Aggregate { get; init; }

    public bool GroupBy { get; init; }

    public DateGrouping DateGrouping { get; init; }

    /// <summary><c>distinct='true'</c> on a <c>countcolumn</c> aggregate.</summary>
    public bool DistinctValues { get; init; }
}
