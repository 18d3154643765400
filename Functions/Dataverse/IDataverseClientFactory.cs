using System;
using Microsoft.PowerPlatform.Dataverse.Client;

namespace Dataverse.LeadHandover.Functions.Dataverse;

/// <summary>
/// Where the Functions app gets its Dataverse connections. One seam, so the compiled Compat build never names
/// <c>ServiceClient</c> (Compat has no stand-in for it) and tests and the sandbox plug in the in-memory Dataverse.
/// </summary>
/// <remarks>
/// The Official build's implementation is to be added when Official mode is first built (it needs the
/// <c>Microsoft.PowerPlatform.Dataverse.Client</c> package, which this repository's registry does not serve):
/// <list type="bullet">
/// <item><see cref="CreateServiceClient"/>: one <c>ServiceClient</c> for the app's lifetime, built from
/// <c>DataverseOptions</c> — in Azure with the token-provider constructor (<c>new ServiceClient(uri, tokenProvider,
/// useUniqueInstance: true, logger)</c>, the provider asking <c>ManagedIdentityCredential</c> for
/// <c>{scheme}://{host}/.default</c> and caching the token until shortly before it expires); locally from
/// <c>DataverseOptions.ConnectionString</c>. Check <c>IsReady</c> after construction (a failed login can return
/// instead of throwing) and set <c>MaxRetryCount</c>/<c>RetryPauseTime</c> to fit the functions' time budget.</item>
/// <item><see cref="CreateOnBehalfOf"/>: <c>sharedClient.Clone()</c> with <c>CallerId</c> set, because
/// impersonation is per client instance and must never be set on the shared one. The app user needs the
/// "Act on Behalf of Another User" privilege.</item>
/// </list>
/// </remarks>
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
