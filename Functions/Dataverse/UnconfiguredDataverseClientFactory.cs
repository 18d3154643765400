using System;
using Microsoft.PowerPlatform.Dataverse.Client;

namespace Dataverse.LeadHandover.Functions.Dataverse;

/// <summary>
/// Registered when nothing else provides <see cref="IDataverseClientFactory"/>: in a Compat build there is no
/// ServiceClient to build. It fails with a message saying so, rather than pretending to connect.
/// </summary>
internal sealed class UnconfiguredDataverseClientFactory : IDataverseClientFactory
{
    private const string Explanation =
        "No Dataverse client factory is registered. This build has no ServiceClient (DataverseSdk=Compat); "
        + "register an IDataverseClientFactory (the in-memory Dataverse in tests and the sandbox, the ServiceClient "
        + "factory in an Official build).";

    public IOrganizationServiceAsync2 CreateServiceClient() => throw new InvalidOperationException(Explanation);

    public IOrganizationServiceAsync2 CreateOnBehalfOf(Guid userId) => throw new InvalidOperationException(Explanation);
}
