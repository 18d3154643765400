using System;
using Microsoft.PowerPlatform.Dataverse.Client;

namespace Dataverse.LeadHandover.Functions.Dataverse;

/// <summary>
/// Where the Functions app gets its Dataverse connections: <see cref="ServiceClientFactory"/> in the app, the
/// in-memory Dataverse in tests, the sandbox and the benchmark.
/// </summary>
public interface IDataverseClientFactory
{
    /// <summary>The app's own long-lived connection; called once and kept as a singleton.</summary>
    IOrganizationServiceAsync2 CreateServiceClient();

    /// <summary>
    /// A connection whose calls run as <paramref name="userId"/> (a rep acknowledging from a link), so Dataverse
    /// records and authorizes the rep rather than the app. Dispose it when it is <see cref="IDisposable"/>.
    /// </summary>
    IOrganizationServiceAsync2 CreateOnBehalfOf(Guid userId);
}
