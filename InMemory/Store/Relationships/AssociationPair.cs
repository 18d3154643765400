using System;

namespace Dataverse.LeadHandover.InMemory.Store.Relationships;

/// <summary>The two row ids one intersect row joins, in the relationship's Entity1/Entity2 order.</summary>
internal readonly record struct AssociationPair(Guid Entity1Id, Guid Entity2Id);
