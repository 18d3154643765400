namespace Dataverse.LeadHandover.InMemory.Store.Relationships;

/// <summary>
/// The two id columns of an intersect row: <c>&lt;entity1&gt;id</c> and <c>&lt;entity2&gt;id</c>. A
/// self-referencing relationship cannot use the same name twice, so it gets <c>&lt;entity&gt;idone</c> and
/// <c>&lt;entity&gt;idtwo</c>, the naming Dataverse uses for its own self-referencing intersects (e.g. <c>accountidone</c>).
/// </summary>
internal sealed record IntersectColumns(string Entity1Column, string Entity2Column)
{
    public static IntersectColumns Of(ManyToManyDefinition relationship) =>
        relationship.Entity1 == relationship.Entity2
            ? new(relationship.Entity1 + "idone", relationship.Entity2 + "idtwo")
            : new(relationship.Entity1 + "id", relationship.Entity2 + "id");
}
