namespace Dataverse.LeadHandover.InMemory.Store.Queries;

/// <summary>One resolved sort: a column of the main table (<see cref="Alias"/> null) or of a link.</summary>
internal sealed record SortColumn(string? Alias, string Attribute, bool Descending);
