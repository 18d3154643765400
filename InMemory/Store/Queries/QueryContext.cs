using System;

namespace Dataverse.LeadHandover.InMemory.Store.Queries;

/// <summary>What a query is evaluated against: the store's state and the user it runs as (for <c>eq-userid</c>).</summary>
internal sealed record QueryContext(StoreState State, Guid CallerId)
{
    public TimeZoneInfo UserZone => State.UserZone;
}
