// Mirrors https://learn.microsoft.com/dotnet/api/microsoft.powerplatform.dataverse.client.serviceclient
// (and the behaviour of microsoft/PowerPlatform-DataverseServiceClient 1.1.17's ServiceClient.cs / ConnectionService.cs).
//
// Stands in for the constructors and members this repository uses. Everything a caller can observe that does not
// need the network is Microsoft's: argument checks and their exceptions; the token-provider login, which asks the
// provider for a token for the organization service and, with a token, is ready without calling Dataverse; a
// failing provider surfacing as "Failed to connect to Dataverse"; Clone copying the token provider; CallerId per
// instance; and the retry and affinity settings being process-wide. What no stand-in can do is reach Dataverse or
// Entra ID: every request fails as a request to an unreachable service does (CommunicationException), and a
// connection-string login, which must first sign in to Entra ID, fails as Microsoft's does when it cannot.
#nullable disable
#if NET
using System;
using System.Data.Common;
using System.Reflection;
using System.ServiceModel;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.PowerPlatform.Dataverse.Client.Utils;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Microsoft.PowerPlatform.Dataverse.Client;

public class ServiceClient : IOrganizationService, IOrganizationServiceAsync2, IDisposable
{
    // Microsoft's client appends the file version of the Microsoft.Xrm.Sdk it ships (9.2.49.6443 in 1.1.17).
    private const string OrganizationServiceFormat = "{0}://{1}/XRMServices/2011/Organization.svc/web?SDKClientVersion=9.2.49.6443";

    private const string NoTransport =
        "This build uses the Compat stand-in for ServiceClient, which cannot reach Dataverse or Entra ID. "
        + "Build with -p:DataverseSdk=Official to connect.";

    // Microsoft keeps these in one ConfigurationOptions for the process: setting them on any client sets them for all.
    private static int s_maxRetryCount = 10;
    private static TimeSpan s_retryPauseTime = TimeSpan.FromSeconds(5);
    private static bool s_enableAffinityCookie = true;

    private readonly ILogger _logger;
    private readonly Func<string, Task<string>> _tokenProvider;
    private readonly Uri _organizationService;
    private bool _isReady;
    private bool _isDisposed;
    private Guid _callerId;
    private string _lastError = string.Empty;
    private Exception _lastException;

    public ServiceClient(string dataverseConnectionString, ILogger logger = null)
    {
        if (string.IsNullOrEmpty(dataverseConnectionString))
        {
            throw new ArgumentNullException("Dataverse ConnectionString", "Dataverse ConnectionString cannot be null or empty.");
        }

        _logger = logger;

        // Parsed as Microsoft parses it: case-sensitive names (or numbers); anything else, a string that does not
        // parse included, is InvalidConnection.
        if (AuthTypeOf(dataverseConnectionString) is not { } authType || authType == AuthenticationType.InvalidConnection)
        {
            throw new ArgumentException("AuthType is invalid.  Please see Microsoft.PowerPlatform.Dataverse.Client.AuthenticationType for supported authentication types.", "AuthType")
            {
                HelpLink = "https://docs.microsoft.com/powerapps/developer/data-platform/xrm-tooling/use-connection-strings-xrm-tooling-connect",
            };
        }

        // Every connection-string login starts by signing in to Entra ID, which the stand-in cannot reach.
        var failure = new CommunicationException(NoTransport);
        Log(failure);
        throw new DataverseConnectionException("Failed to connect to Dataverse", failure);
    }

    public ServiceClient(Uri instanceUrl, Func<string, Task<string>> tokenProviderFunction, bool useUniqueInstance = true, ILogger logger = null)
    {
        _tokenProvider = tokenProviderFunction
            ?? throw new DataverseConnectionException("tokenProviderFunction required for this constructor", new ArgumentNullException("tokenProviderFunction"));
        _logger = logger;
        _organizationService = new Uri(string.Format(OrganizationServiceFormat, instanceUrl.Scheme, instanceUrl.DnsSafeHost));
        try
        {
            var token = _tokenProvider(_organizationService.ToString()).GetAwaiter().GetResult();
            if (string.IsNullOrEmpty(token))
            {
                throw new Exception("ExternalTokenManagement Authentication Requested but not configured correctly. 002");
            }
        }
        catch (Exception ex)
        {
            var failure = new Exception("ExternalTokenManagement Authentication Requested but not configured correctly. 003", ex);
            Log(failure);
            throw new DataverseConnectionException("Failed to connect to Dataverse", failure);
        }

        // With a token the login is complete: Microsoft's client asks Dataverse nothing until the first request.
        _isReady = true;
    }

    private ServiceClient(ServiceClient source, ILogger logger)
    {
        _tokenProvider = source._tokenProvider;
        _organizationService = source._organizationService;
        _logger = logger ?? source._logger;
        _isReady = true;
    }

    public static TimeSpan MaxConnectionTimeout { get; set; } = TimeSpan.FromMinutes(2);

    public bool IsReady => _isReady;

    public string LastError => _lastError;

    public Exception LastException => _lastException;

    // Microsoft's CallerId reads empty and ignores a value while there is no connection.
    public Guid CallerId
    {
        get => _isReady ? _callerId : Guid.Empty;
        set
        {
            if (_isReady)
            {
                _callerId = value;
            }
        }
    }

    public bool EnableAffinityCookie
    {
        get => s_enableAffinityCookie;
        set => s_enableAffinityCookie = value;
    }

    public int MaxRetryCount
    {
        get => s_maxRetryCount;
        set => s_maxRetryCount = value;
    }

    public TimeSpan RetryPauseTime
    {
        get => s_retryPauseTime;
        set => s_retryPauseTime = value;
    }

    public Guid ConnectedOrgId { get; }

    public Uri ConnectedOrgUriActual => _organizationService;

    public ServiceClient Clone(ILogger logger = null) => Clone(null, logger);

    public ServiceClient Clone(Assembly strongTypeAsm, ILogger logger = null)
    {
        if (!_isReady)
        {
            throw new DataverseOperationException("You must have successfully created a connection to Dataverse before it can be cloned.");
        }

        return new ServiceClient(this, logger);
    }

    public Guid Create(Entity entity) => throw Unreachable();

    public Entity Retrieve(string entityName, Guid id, ColumnSet columnSet) => throw Unreachable();

    public void Update(Entity entity) => throw Unreachable();

    public void Delete(string entityName, Guid id) => throw Unreachable();

    public OrganizationResponse Execute(OrganizationRequest request) => throw Unreachable();

    public void Associate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) => throw Unreachable();

    public void Disassociate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) => throw Unreachable();

    public EntityCollection RetrieveMultiple(QueryBase query) => throw Unreachable();

    public Task<Guid> CreateAsync(Entity entity) => CreateAsync(entity, CancellationToken.None);

    public Task<Guid> CreateAsync(Entity entity, CancellationToken cancellationToken) => Task.FromException<Guid>(Unreachable());

    public Task<Entity> CreateAndReturnAsync(Entity entity) => CreateAndReturnAsync(entity, CancellationToken.None);

    public Task<Entity> CreateAndReturnAsync(Entity entity, CancellationToken cancellationToken) => Task.FromException<Entity>(Unreachable());

    public Task<Entity> RetrieveAsync(string entityName, Guid id, ColumnSet columnSet) => RetrieveAsync(entityName, id, columnSet, CancellationToken.None);

    public Task<Entity> RetrieveAsync(string entityName, Guid id, ColumnSet columnSet, CancellationToken cancellationToken) => Task.FromException<Entity>(Unreachable());

    public Task UpdateAsync(Entity entity) => UpdateAsync(entity, CancellationToken.None);

    public Task UpdateAsync(Entity entity, CancellationToken cancellationToken) => Task.FromException(Unreachable());

    public Task DeleteAsync(string entityName, Guid id) => DeleteAsync(entityName, id, CancellationToken.None);

    public Task DeleteAsync(string entityName, Guid id, CancellationToken cancellationToken) => Task.FromException(Unreachable());

    public Task<OrganizationResponse> ExecuteAsync(OrganizationRequest request) => ExecuteAsync(request, CancellationToken.None);

    public Task<OrganizationResponse> ExecuteAsync(OrganizationRequest request, CancellationToken cancellationToken) => Task.FromException<OrganizationResponse>(Unreachable());

    public Task AssociateAsync(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) =>
        AssociateAsync(entityName, entityId, relationship, relatedEntities, CancellationToken.None);

    public Task AssociateAsync(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities, CancellationToken cancellationToken) =>
        Task.FromException(Unreachable());

    public Task DisassociateAsync(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) =>
        DisassociateAsync(entityName, entityId, relationship, relatedEntities, CancellationToken.None);

    public Task DisassociateAsync(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities, CancellationToken cancellationToken) =>
        Task.FromException(Unreachable());

    public Task<EntityCollection> RetrieveMultipleAsync(QueryBase query) => RetrieveMultipleAsync(query, CancellationToken.None);

    public Task<EntityCollection> RetrieveMultipleAsync(QueryBase query, CancellationToken cancellationToken) => Task.FromException<EntityCollection>(Unreachable());

    public void Dispose()
    {
        _isDisposed = true;
        _isReady = false;
        GC.SuppressFinalize(this);
    }

    /// <summary>What Microsoft's GetMyUserId does on the way to Dataverse's WhoAmI (the first request of a client).</summary>
    internal Guid CurrentUserId()
    {
        var failure = Unreachable();
        throw failure is CommunicationException
            ? new DataverseOperationException("Exception - Failed to lookup current user", failure)
            : failure;
    }

    private static AuthenticationType? AuthTypeOf(string connectionString)
    {
        DbConnectionStringBuilder settings;
        try
        {
            settings = new DbConnectionStringBuilder { ConnectionString = connectionString };
        }
        catch (ArgumentException)
        {
            return null;
        }

        foreach (var key in new[] { "AuthType", "AuthenticationType" })
        {
            if (settings.TryGetValue(key, out var value))
            {
                return Enum.TryParse(value?.ToString(), out AuthenticationType parsed) ? parsed : null;
            }
        }

        return null;
    }

    private void Log(Exception failure)
    {
        _lastError = failure.Message;
        _lastException = failure;
        _logger?.LogError(failure, "Unable to Login to Dataverse");
    }

    // Microsoft's ValidateConnectionLive first (disposed, then not ready), then the request itself, which here has
    // no service to reach.
    private Exception Unreachable()
    {
        if (_isDisposed)
        {
            return new ObjectDisposedException("This instance of the ServiceClient has been disposed and cannot be used. You must create a new ServiceClient instance.");
        }

        if (!_isReady)
        {
            return new DataverseConnectionException("ServiceClient is not connected to Dataverse. Please recreate this ServiceClient.");
        }

        var failure = new CommunicationException(NoTransport);
        _lastError = failure.Message;
        _lastException = failure;
        return failure;
    }
}
#endif
