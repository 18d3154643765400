using System;
using Dataverse.LeadHandover.Functions.Dataverse;
using Dataverse.LeadHandover.InMemory;
using Microsoft.PowerPlatform.Dataverse.Client;

namespace Dataverse.LeadHandover.Functions.Tests.Timers;

/// <summary>The Functions app's Dataverse connection over the in-memory Dataverse, wrapped by a test's decorator.</summary>
internal sealed class DecoratedClientFactory(InMemoryDataverse dataverse, Guid appUserId, Func<IOrganizationServiceAsync2, IOrganizationServiceAsync2> decorate)
    : IDataverseClientFactory
{
    public IOrganizationServiceAsync2 CreateServiceClient() => decorate(dataverse.ServiceFor(appUserId));

    public IOrganizationServiceAsync2 CreateOnBehalfOf(Guid userId) => decorate(dataverse.ServiceFor(userId));
}
