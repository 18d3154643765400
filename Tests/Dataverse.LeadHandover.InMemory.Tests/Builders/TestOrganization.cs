using System;
using Microsoft.Extensions.Time.Testing;

namespace Dataverse.LeadHandover.InMemory.Tests.Builders;

/// <summary>A built organization, its clock and the user tests call as.</summary>
internal sealed record TestOrganization(InMemoryDataverse Dataverse, FakeTimeProvider Clock, Guid UserId)
{
    public InMemoryOrganizationService Service => Dataverse.ServiceFor(UserId);
}
