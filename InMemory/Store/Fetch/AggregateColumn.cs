using Dataverse.LeadHandover.InMemory.Store.Metadata;
using Dataverse.LeadHandover.InMemory.Store.Queries.Model;

namespace Dataverse.LeadHandover.InMemory.Store.Fetch;

/// <summary>A column of an aggregate query with the table it reads: the main table (<see cref="Alias"/> null) or a link.</summary>
internal sealed record AggregateColumn(string? Alias, TableSchema Schema, ColumnSelection Column);
