using System;
using System.Collections.Concurrent;
using System.Threading;
using System.Threading.Tasks;
using Azure.Core;

namespace Dataverse.LeadHandover.Functions.Dataverse;

/// <summary>
/// The token provider handed to ServiceClient's token-provider constructor: ServiceClient calls it with the
/// organization service URI whenever it needs a token and leaves caching to us, so a token is kept until shortly
/// before it expires and only one request for a new one is in flight at a time.
/// </summary>
public sealed class DataverseAccessTokens(TokenCredential credential, TimeProvider clock)
{
    /// <summary>Renew this long before expiry, so a token never runs out in the middle of a sweep's batch.</summary>
    public static readonly TimeSpan RenewBefore = TimeSpan.FromMinutes(5);

    /// <summary>The longest a renewal may take; every Dataverse call waits for it, so a hung identity endpoint must not hang them all.</summary>
    public static readonly TimeSpan RenewalTimeout = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<string, AccessToken> _tokens = new(StringComparer.OrdinalIgnoreCase);
    private readonly SemaphoreSlim _renewal = new(1, 1);

    /// <summary>A bare access token (no "Bearer ") for the Dataverse environment that <paramref name="organizationUri"/> belongs to.</summary>
    public async Task<string> GetTokenAsync(string organizationUri)
    {
        var scope = ScopeFor(organizationUri);
        if (Current(scope) is { } cached)
        {
            return cached;
        }

        // A renewal stuck in a credential that ignores cancellation must not hold every caller forever.
        if (!await _renewal.WaitAsync(RenewalTimeout).ConfigureAwait(false))
        {
            return StillValid(scope) ?? throw new TimeoutException("No Dataverse access token: the managed identity endpoint did not answer in time.");
        }

        try
        {
            if (Current(scope) is { } renewedMeanwhile)
            {
                return renewedMeanwhile;
            }

            try
            {
                using var timeout = new CancellationTokenSource(RenewalTimeout, clock);
                var token = await credential.GetTokenAsync(new TokenRequestContext([scope]), timeout.Token).ConfigureAwait(false);
                _tokens[scope] = token;
                return token.Token;
            }
            catch (Exception) when (StillValid(scope) is { } stillValid)
            {
                // The renewal failed inside the margin: the token in hand still works, and the next call tries again.
                return stillValid;
            }
        }
        finally
        {
            _renewal.Release();
        }
    }

    /// <summary>
    /// Dataverse's resource is the environment's origin, whatever path ServiceClient asks about
    /// (<c>https://org.crm.dynamics.com/XRMServices/2011/Organization.svc/web?SDKClientVersion=…</c> → <c>https://org.crm.dynamics.com/.default</c>).
    /// </summary>
    public static string ScopeFor(string organizationUri)
    {
        if (!Uri.TryCreate(organizationUri, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps)
        {
            throw new ArgumentException("ServiceClient asked for a token for something that is not an https Dataverse address.", nameof(organizationUri));
        }

        return uri.Scheme + "://" + uri.Host + "/.default";
    }

    private string? Current(string scope) =>
        _tokens.TryGetValue(scope, out var token) && token.ExpiresOn - RenewBefore > clock.GetUtcNow() ? token.Token : null;

    private string? StillValid(string scope) =>
        _tokens.TryGetValue(scope, out var token) && token.ExpiresOn > clock.GetUtcNow() ? token.Token : null;
}
