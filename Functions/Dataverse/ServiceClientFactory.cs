using System;
using Dataverse.LeadHandover.Functions.Options;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.PowerPlatform.Dataverse.Client;
using Microsoft.PowerPlatform.Dataverse.Client.Utils;

namespace Dataverse.LeadHandover.Functions.Dataverse;

/// <summary>
/// Connects to Dataverse with Microsoft's ServiceClient: one shared client for the app (thread-safe through its
/// async API), signed in with the app's managed identity in Azure or a connection string locally, and a clone per
/// rep action, because impersonation (<see cref="ServiceClient.CallerId"/>) belongs to a client instance and must
/// never be set on the shared one.
/// </summary>
public sealed class ServiceClientFactory(
    IOptions<DataverseOptions> options,
    DataverseAccessTokens tokens,
    ILoggerFactory loggers) : IDataverseClientFactory, IDisposable
{
    /// <summary>The log category ServiceClient writes to; the host's log levels can quieten it on its own.</summary>
    public const string ClientLogCategory = "Dataverse.ServiceClient";

    private readonly object _gate = new();
    private readonly ILogger _clientLogger = loggers.CreateLogger(ClientLogCategory);
    private readonly ILogger _logger = loggers.CreateLogger<ServiceClientFactory>();
    private ServiceClient? _shared;

    public IOrganizationServiceAsync2 CreateServiceClient() => Shared();

    public IOrganizationServiceAsync2 CreateOnBehalfOf(Guid userId)
    {
        if (userId == Guid.Empty)
        {
            throw new ArgumentException("A rep's systemuserid is required to act on their behalf.", nameof(userId));
        }

        var clone = Shared().Clone(_clientLogger);
        clone.CallerId = userId;
        return clone;
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _shared?.Dispose();
            _shared = null;
        }
    }

    // A failed sign-in is not remembered: the next call tries again, so a role granted a minute later just works.
    private ServiceClient Shared()
    {
        lock (_gate)
        {
            return _shared ??= Connect(options.Value);
        }
    }

    private ServiceClient Connect(DataverseOptions settings)
    {
        var client = settings.UsesConnectionString() ? WithConnectionString(settings) : WithManagedIdentity(settings);
        if (!client.IsReady)
        {
            var reason = client.LastError;
            client.Dispose();
            ServiceClientLog.SignInFailed(_logger, settings.EnvironmentUri().Host, settings.UsesConnectionString() ? "connection string" : "managed identity");
            throw new DataverseConnectionException(SignInFailure(settings, reason));
        }

        client.MaxRetryCount = settings.MaxRetryCount;
        client.RetryPauseTime = settings.RetryPauseTime;

        // Service protection limits count per web server; without the affinity cookie requests spread across them
        // (Learn, "Send parallel requests").
        client.EnableAffinityCookie = false;
        ServiceClientLog.Connected(_logger, settings.EnvironmentUri().Host);
        return client;
    }

    private ServiceClient WithManagedIdentity(DataverseOptions settings)
    {
        try
        {
            return new ServiceClient(settings.EnvironmentUri(), tokens.GetTokenAsync, useUniqueInstance: true, _clientLogger);
        }
        catch (DataverseConnectionException exception)
        {
            // ServiceClient says only "Failed to connect"; the credential's own message, innermost, says why.
            ServiceClientLog.SignInFailed(_logger, settings.EnvironmentUri().Host, "managed identity");
            throw new DataverseConnectionException(SignInFailure(settings, Innermost(exception).Message), exception);
        }
    }

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

    private static Exception Innermost(Exception exception) =>
        exception.InnerException is { } inner ? Innermost(inner) : exception;

    private static string SignInFailure(DataverseOptions settings, string reason)
    {
        var environment = settings.EnvironmentUri().GetLeftPart(UriPartial.Authority);
        var remedy = settings.UsesConnectionString()
            ? "Check the application (client) id and secret in Dataverse:ConnectionString and that the app registration is an application user in the environment."
            : "Check that the Function App's managed identity"
              + (string.IsNullOrWhiteSpace(settings.ManagedIdentityClientId) ? string.Empty : " (client id in Dataverse:ManagedIdentityClientId)")
              + " is an application user in the environment with the Lead Handover Integration security role.";
        return $"Could not sign in to Dataverse at {environment}. {remedy} ServiceClient said: {reason}";
    }
}
