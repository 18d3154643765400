using System;
using Dataverse.LeadHandover.Functions.Dataverse;
using Dataverse.LeadHandover.InMemory;
using Microsoft.PowerPlatform.Dataverse.Client;

namespace Dataverse.LeadHandover.Functions.Tests.Support;

/// <summary>The Functions app's Dataverse connections, served by the in-memory Dataverse.</summary>
internal sealed class InMemoryDataverseClientFactory(InMemoryDataverse dataverse, Guid appUserId) : IDataverseClientFactory
{
    public IOrganizationServiceAsync2 CreateServiceClient() => dataverse.ServiceFor(appUserId);

    public IOrganizationServiceAsync2 CreateOnBehalfOf(Guid userId) => dataverse.ServiceFor(userId);
}
