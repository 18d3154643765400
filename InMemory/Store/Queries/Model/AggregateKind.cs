namespace Dataverse.LeadHandover.InMemory.Store.Queries.Model;

/// <summary>The FetchXML aggregate functions (Learn, "Aggregate data using FetchXml").</summary>
internal enum AggregateKind
{
    None,
    Count,
    CountColumn,
    Sum,
    Avg,
    Min,
    Max,
}
