namespace Dataverse.LeadHandover.InMemory.Store.Queries.Model;

/// <summary>The parts of a date a FetchXML <c>groupby</c> can use (Learn, "Grouping by parts of a date"); fiscal periods are not supported.</summary>
internal enum DateGrouping
{
    None,
    Day,
    Week,
    Month,
    Quarter,
    Year,
}
