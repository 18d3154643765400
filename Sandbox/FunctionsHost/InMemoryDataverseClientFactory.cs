using System;
using Dataverse.LeadHandover.Functions.Dataverse;
using Dataverse.LeadHandover.InMemory;
using Microsoft.PowerPlatform.Dataverse.Client;

namespace Dataverse.LeadHandover.Sandbox.FunctionsHost;

/// <summary>
/// The Functions' Dataverse connections, served by the sandbox's in-memory organization behind the same
/// <see cref="IOrganizationServiceAsync2"/> a ServiceClient implements: the app's own user, or a rep on whose behalf
/// a link acts.
/// </summary>
internal sealed class InMemoryDataverseClientFactory(InMemoryDataverse dataverse, Guid applicationUserId) : IDataverseClientFactory
{
    public IOrganizationServiceAsync2 CreateServiceClient() => dataverse.ServiceFor(applicationUserId);

    public IOrganizationServiceAsync2 CreateOnBehalfOf(Guid userId) => dataverse.ServiceFor(userId);
}
