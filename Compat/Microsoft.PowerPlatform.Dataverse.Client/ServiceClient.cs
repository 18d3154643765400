// Mirrors https://learn.microsoft.com/dotnet/api/microsoft.powerplatform.dataverse.client.serviceclient
// (and the behaviour of microsoft/PowerPlatform-DataverseServiceClient's ServiceClient.cs / ConnectionService.cs).
//
// Stands in for the constructors and members this repository uses. Everything a caller can observe before the
// first byte goes to Dataverse is Microsoft's: argument checks and their exceptions, the token provider being
// called at login with the organization service URI, a failing provider surfacing as "Failed to connect to
// Dataverse", the defaults, and the not-ready client refusing every operation and Clone. What no stand-in can do
// is reach Dataverse: after a successful token call the login ends as Microsoft's does when the service cannot be
// reached — IsReady false, the reason in LastError/LastException. A Compat build can therefore be configured,
// started and health-checked, and reports honestly that it has no Dataverse.
#nullable disable
#if NET
using System;
using System.Data.Common;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.PowerPlatform.Dataverse.Client.Utils;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Microsoft.PowerPlatform.Dataverse.Client;

public class ServiceClient : IOrganizationService, IOrganizationServiceAsync2, IDisposable
{
    // Microsoft's client appends the SDK's file version; the stand-in has none of its own to report.
    private const string OrganizationServicePath = "XRMServices/2011/Organization.svc/web?SDKClientVersion=9.2.0.0";

    private const string NoTransport =
        "Unable to Login to Dataverse: this build uses the Compat stand-in for ServiceClient, which has no connection "
        + "to Dataverse. Build with -p:DataverseSdk=Official to connect.";

    private readonly ILogger _logger;
    private bool _isReady;
    private bool _isDisposed;
    private string _lastError = string.Empty;
    private Exception _lastException;

    public ServiceClient(string dataverseConnectionString, ILogger logger = null)
    {
        if (string.IsNullOrEmpty(dataverseConnectionString))
        {
            throw new ArgumentNullException("Dataverse ConnectionString", "Dataverse ConnectionString cannot be null or empty.");
        }

        _logger = logger;
        var settings = new DbConnectionStringBuilder { ConnectionString = dataverseConnectionString };
        var authType = FirstValue(settings, "AuthType", "AuthenticationType");
        // Parsed as Microsoft parses it: case-sensitive names (or numbers); anything else is InvalidConnection.
        if (!Enum.TryParse(authType, out AuthenticationType parsed) || parsed == AuthenticationType.InvalidConnection)
        {
            throw new ArgumentException("AuthType is invalid.  Please see Microsoft.PowerPlatform.Dataverse.Client.AuthenticationType for supported authentication types.", "AuthType")
            {
                HelpLink = "https://docs.microsoft.com/powerapps/developer/data-platform/xrm-tooling/use-connection-strings-xrm-tooling-connect",
            };
        }

        FailLogin(new DataverseConnectionException(NoTransport));
    }

    public ServiceClient(Uri instanceUrl, Func<string, Task<string>> tokenProviderFunction, bool useUniqueInstance = true, ILogger logger = null)
    {
        if (tokenProviderFunction == null)
        {
            throw new DataverseConnectionException("tokenProviderFunction required for this constructor", new ArgumentNullException("tokenProviderFunction"));
        }

        _logger = logger;
        try
        {
            // The login asks the provider for a token for the organization service before anything else.
            var token = tokenProviderFunction(new Uri(instanceUrl, OrganizationServicePath).ToString()).GetAwaiter().GetResult();
            if (string.IsNullOrEmpty(token))
            {
                throw new Exception("ExternalTokenManagement Authentication Requested but not configured correctly. 002");
            }
        }
        catch (Exception ex)
        {
            throw new DataverseConnectionException(
                "Failed to connect to Dataverse",
                new Exception("ExternalTokenManagement Authentication Requested but not configured correctly. 003", ex));
        }

        FailLogin(new DataverseConnectionException(NoTransport));
    }

    public static TimeSpan MaxConnectionTimeout { get; set; } = TimeSpan.FromMinutes(2);

    public bool IsReady => _isReady;

    public string LastError => _lastError;

    public Exception LastException => _lastException;

    public Guid CallerId { get; set; }

    public bool EnableAffinityCookie { get; set; } = true;

    public int MaxRetryCount { get; set; } = 10;

    public TimeSpan RetryPauseTime { get; set; } = TimeSpan.FromSeconds(5);

    public Guid ConnectedOrgId { get; }

    public Uri ConnectedOrgUriActual { get; }

    public ServiceClient Clone(ILogger logger = null) => Clone(null, logger);

    public ServiceClient Clone(Assembly strongTypeAsm, ILogger logger = null)
    {
        if (!_isReady)
        {
            throw new DataverseOperationException("You must have successfully created a connection to Dataverse before it can be cloned.");
        }

        throw new DataverseOperationException(NoTransport);
    }

    public Guid Create(Entity entity) => throw NotConnected();

    public Entity Retrieve(string entityName, Guid id, ColumnSet columnSet) => throw NotConnected();

    public void Update(Entity entity) => throw NotConnected();

    public void Delete(string entityName, Guid id) => throw NotConnected();

    public OrganizationResponse Execute(OrganizationRequest request) => throw NotConnected();

    public void Associate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) => throw NotConnected();

    public void Disassociate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) => throw NotConnected();

    public EntityCollection RetrieveMultiple(QueryBase query) => throw NotConnected();

    public Task<Guid> CreateAsync(Entity entity) => CreateAsync(entity, CancellationToken.None);

    public Task<Guid> CreateAsync(Entity entity, CancellationToken cancellationToken) => Task.FromException<Guid>(NotConnected());

    public Task<Entity> CreateAndReturnAsync(Entity entity) => CreateAndReturnAsync(entity, CancellationToken.None);

    public Task<Entity> CreateAndReturnAsync(Entity entity, CancellationToken cancellationToken) => Task.FromException<Entity>(NotConnected());

    public Task<Entity> RetrieveAsync(string entityName, Guid id, ColumnSet columnSet) => RetrieveAsync(entityName, id, columnSet, CancellationToken.None);

    public Task<Entity> RetrieveAsync(string entityName, Guid id, ColumnSet columnSet, CancellationToken cancellationToken) => Task.FromException<Entity>(NotConnected());

    public Task UpdateAsync(Entity entity) => UpdateAsync(entity, CancellationToken.None);

    public Task UpdateAsync(Entity entity, CancellationToken cancellationToken) => Task.FromException(NotConnected());

    public Task DeleteAsync(string entityName, Guid id) => DeleteAsync(entityName, id, CancellationToken.None);

    public Task DeleteAsync(string entityName, Guid id, CancellationToken cancellationToken) => Task.FromException(NotConnected());

    public Task<OrganizationResponse> ExecuteAsync(OrganizationRequest request) => ExecuteAsync(request, CancellationToken.None);

    public Task<OrganizationResponse> ExecuteAsync(OrganizationRequest request, CancellationToken cancellationToken) => Task.FromException<OrganizationResponse>(NotConnected());

    public Task AssociateAsync(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) =>
        AssociateAsync(entityName, entityId, relationship, relatedEntities, CancellationToken.None);

    public Task AssociateAsync(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities, CancellationToken cancellationToken) =>
        Task.FromException(NotConnected());

    public Task DisassociateAsync(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) =>
        DisassociateAsync(entityName, entityId, relationship, relatedEntities, CancellationToken.None);

    public Task DisassociateAsync(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities, CancellationToken cancellationToken) =>
        Task.FromException(NotConnected());

    public Task<EntityCollection> RetrieveMultipleAsync(QueryBase query) => RetrieveMultipleAsync(query, CancellationToken.None);

    public Task<EntityCollection> RetrieveMultipleAsync(QueryBase query, CancellationToken cancellationToken) => Task.FromException<EntityCollection>(NotConnected());

    public void Dispose()
    {
        _isDisposed = true;
        GC.SuppressFinalize(this);
    }

    private static string FirstValue(DbConnectionStringBuilder settings, params string[] keys)
    {
        foreach (var key in keys)
        {
            if (settings.TryGetValue(key, out var value))
            {
                return value?.ToString();
            }
        }

        return null;
    }

    private void FailLogin(Exception reason)
    {
        _isReady = false;
        _lastError = reason.Message;
        _lastException = reason;
        _logger?.LogError(reason, "Unable to Login to Dataverse");
    }

    // Microsoft's ValidateConnectionLive: a disposed client first, then one that never connected.
    private Exception NotConnected() =>
        _isDisposed
            ? new ObjectDisposedException("This instance of the ServiceClient has been disposed and cannot be used. You must create a new ServiceClient instance.")
            : new DataverseConnectionException("ServiceClient is not connected to Dataverse. Please recreate this ServiceClient.");
}
#endif
