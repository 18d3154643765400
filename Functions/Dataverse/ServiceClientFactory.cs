using System;
using System.ServiceModel;
using Dataverse.LeadHandover.Functions.Options;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.PowerPlatform.Dataverse.Client;
using Microsoft.PowerPlatform.Dataverse.Client.Extensions;
using Microsoft.PowerPlatform.Dataverse.Client.Utils;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.Functions.Dataverse;

/// <summary>
/// Connects to Dataverse with Microsoft's ServiceClient: one shared client for the app (thread-safe through its
/// async API), signed in with the app's managed identity in Azure or a connection string locally, and a clone per
/// rep action, because impersonation (<see cref="ServiceClient.CallerId"/>) belongs to a client instance and must
/// never be set on the shared one.
/// </summary>
/// <remarks>
/// ServiceClient's token-provider login only asks for a token; Dataverse itself is first asked at the first request.
/// So the factory asks it WhoAmI straight away: a missing application user or role is then reported here, with what
/// to do, instead of as a fault in the middle of a sweep, and Clone later finds the current user already known.
/// </remarks>
public sealed class ServiceClientFactory(
    IOptions<DataverseOptions> options,
    DataverseAccessTokens tokens,
    TimeProvider time,
    ILoggerFactory loggers) : IDataverseClientFactory, IDisposable
{
    /// <summary>The log category ServiceClient writes to; the host's log levels can quieten it on its own.</summary>
    public const string ClientLogCategory = "Dataverse.ServiceClient";

    /// <summary>
    /// After a failed sign-in, callers get the same failure for this long instead of each waiting for another sign-in
    /// behind the lock (an identity outage would otherwise queue every function invocation).
    /// </summary>
    public static readonly TimeSpan FailureKeptFor = TimeSpan.FromSeconds(30);

    private readonly object _gate = new();
    private readonly object _cloneGate = new();
    private readonly ILogger _clientLogger = loggers.CreateLogger(ClientLogCategory);
    private readonly ILogger _logger = loggers.CreateLogger<ServiceClientFactory>();
    private ServiceClient? _shared;
    private Exception? _failure;
    private DateTimeOffset _failedAt;
    private bool _disposed;

    public IOrganizationServiceAsync2 CreateServiceClient() => Shared();

    public IOrganizationServiceAsync2 CreateOnBehalfOf(Guid userId)
    {
        if (userId == Guid.Empty)
        {
            throw new ArgumentException("A rep's systemuserid is required to act on their behalf.", nameof(userId));
        }

        var shared = Shared();
        ServiceClient? clone;

        // ServiceClient's Clone guards itself with state that two concurrent clones can race on; ours are serialised.
        lock (_cloneGate)
        {
            clone = shared.Clone(_clientLogger);
        }

        if (clone is null)
        {
            throw new DataverseOperationException("ServiceClient could not clone its connection to act on behalf of a rep.");
        }

        // ServiceClient ignores CallerId without a live connection; a call made then would run as the app, not the rep.
        clone.CallerId = userId;
        if (clone.CallerId != userId)
        {
            clone.Dispose();
            throw new DataverseOperationException("ServiceClient did not accept the rep's id for acting on their behalf; nothing was sent.");
        }

        return clone;
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            _shared?.Dispose();
            _shared = null;
        }
    }

    private ServiceClient Shared()
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_shared is not null)
            {
                return _shared;
            }

            if (_failure is not null && time.GetUtcNow() - _failedAt < FailureKeptFor)
            {
                throw _failure is InvalidOperationException
                    ? new InvalidOperationException(_failure.Message, _failure)
                    : new DataverseConnectionException(_failure.Message, _failure);
            }

            try
            {
                _shared = Connect(options.Value);
                _failure = null;
                return _shared;
            }
            catch (Exception exception) when (exception is DataverseConnectionException or (InvalidOperationException and not ObjectDisposedException))
            {
                // Kept briefly, then tried again: a role granted a minute later just works.
                _failure = exception;
                _failedAt = time.GetUtcNow();
                throw;
            }
        }
    }

    private ServiceClient Connect(DataverseOptions settings)
    {
        var method = settings.UsesConnectionString() ? "connection string" : "managed identity";
        var environment = settings.EnvironmentUri().Host;
        var client = SignIn(settings);
        try
        {
            if (!client.IsReady)
            {
                throw new DataverseConnectionException(Failure(settings, SignInRemedy(settings), client.LastError));
            }

            // Process-wide in ServiceClient (they apply to the clones too), and set before the first request, so the
            // WhoAmI below already runs with the app's bounded retries.
            client.MaxRetryCount = settings.MaxRetryCount;
            client.RetryPauseTime = settings.RetryPauseTime;

            // Service protection limits count per web server; without the affinity cookie requests spread across
            // them (Learn, "Send parallel requests").
            client.EnableAffinityCookie = false;
            client.GetMyUserId();
        }
        catch (DataverseOperationException exception)
        {
            client.Dispose();
            ServiceClientLog.SignInFailed(_logger, environment, method);
            var refused = exception.InnerException is FaultException<OrganizationServiceFault>;
            throw new DataverseConnectionException(Failure(settings, refused ? AccessRemedy(settings) : UnansweredRemedy, Cause(exception)), exception);
        }
        catch
        {
            client.Dispose();
            ServiceClientLog.SignInFailed(_logger, environment, method);
            throw;
        }

        ServiceClientLog.Connected(_logger, environment);
        return client;
    }

    private ServiceClient SignIn(DataverseOptions settings)
    {
        try
        {
            return settings.UsesConnectionString() ? WithConnectionString(settings) : WithManagedIdentity(settings);
        }
        catch (DataverseConnectionException exception)
        {
            ServiceClientLog.SignInFailed(_logger, settings.EnvironmentUri().Host, settings.UsesConnectionString() ? "connection string" : "managed identity");
            throw new DataverseConnectionException(Failure(settings, SignInRemedy(settings), Cause(exception)), exception);
        }
    }

    private ServiceClient WithManagedIdentity(DataverseOptions settings) =>
        new(settings.EnvironmentUri(), tokens.GetTokenAsync, useUniqueInstance: true, _clientLogger);

    private ServiceClient WithConnectionString(DataverseOptions settings)
    {
        try
        {
            return new ServiceClient(settings.ConnectionString, _clientLogger);
        }
        catch (ArgumentException exception)
        {
            // Never echo the value: it holds a secret.
            throw new InvalidOperationException(
                "Dataverse:ConnectionString (app setting Dataverse__ConnectionString) is not a valid ServiceClient connection string: "
                + "it needs AuthType spelled as ServiceClient expects (OAuth, ClientSecret or Certificate; Office365 is not accepted), "
                + "Url and the values that AuthType requires. Remove the setting to sign in with the managed identity instead.",
                exception);
        }
    }

    // ServiceClient wraps the reason once or twice ("Failed to connect" > "…not configured correctly. 003" > cause);
    // the cause is the credential's or the service's own explanation.
    private static string Cause(Exception exception) =>
        (exception.InnerException?.InnerException ?? exception.InnerException ?? exception).Message;

    private static string SignInRemedy(DataverseOptions settings) =>
        settings.UsesConnectionString()
            ? "Check the tenant, application (client) id and secret or certificate in Dataverse:ConnectionString."
            : "Check that the Function App's managed identity is turned on"
              + (string.IsNullOrWhiteSpace(settings.ManagedIdentityClientId)
                  ? " (system-assigned)."
                  : " and that Dataverse:ManagedIdentityClientId is the client id of the user-assigned identity it carries.");

    private const string UnansweredRemedy =
        "Signed in, but Dataverse did not answer WhoAmI: check Dataverse:Url and that the Function App can reach the environment (network rules, private endpoints).";

    private static string AccessRemedy(DataverseOptions settings) =>
        (settings.UsesConnectionString() ? "Check that the app registration" : "Check that the Function App's managed identity")
        + " is an application user in the environment with the Lead Handover Integration security role.";

    private static string Failure(DataverseOptions settings, string remedy, string cause) =>
        $"Could not sign in to Dataverse at {settings.EnvironmentUri().GetLeftPart(UriPartial.Authority)}. {remedy} ServiceClient said: {cause}";
}
