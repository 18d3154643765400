namespace Dataverse.LeadHandover.InMemory.Store.Queries.Model;

/// <summary>
/// One sort: by a column of the main table or of a link (<see cref="EntityAlias"/>), or, in an aggregate
/// query, by the alias of a result column.
/// </summary>
internal sealed record OrderModel(string? Attribute, bool Descending)
{
    /// <summary>The alias of an aggregate result column to sort by.</summary>
    public string? Alias { get; init; }

    /// <summary>The link whose column is sorted by; null for the main table.</summary>
    public string? EntityAlias { get; init; }
}
