using System;
using Dataverse.LeadHandover.Functions.Dataverse;
using Microsoft.PowerPlatform.Dataverse.Client;

namespace Dataverse.LeadHandover.Benchmarks.Sweep;

/// <summary>Gives the Functions app the simulated Dataverse as its one long-lived connection.</summary>
internal sealed class SimulatedClientFactory(SimulatedDataverse dataverse) : IDataverseClientFactory
{
    public IOrganizationServiceAsync2 CreateServiceClient() => dataverse;

    public IOrganizationServiceAsync2 CreateOnBehalfOf(Guid userId) =>
        throw new NotSupportedException("The sweep never acts on behalf of a user.");
}
