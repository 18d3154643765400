namespace Dataverse.LeadHandover.InMemory.Store;

/// <summary>A many-to-many relationship whose associations are stored as rows of <paramref name="IntersectEntity"/>.</summary>
/// <param name="SchemaName">The relationship name passed to Associate and Disassociate.</param>
/// <param name="Entity1">The logical name of the first table.</param>
/// <param name="Entity2">The logical name of the second table.</param>
/// <param name="IntersectEntity">The logical name of the intersect table the associations are queryable as.</param>
public sealed record ManyToManyDefinition(string SchemaName, string Entity1, string Entity2, string IntersectEntity);
