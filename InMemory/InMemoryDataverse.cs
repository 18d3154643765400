using System;
using System.Collections.Generic;
using System.Linq;
using System.ServiceModel;
using System.Threading;
using System.Threading.Tasks;
using Dataverse.LeadHandover.InMemory.Messages;
using Dataverse.LeadHandover.InMemory.Pipeline;
using Dataverse.LeadHandover.InMemory.Store;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.LeadHandover.InMemory;

/// <summary>
/// An in-memory Dataverse organization: the Store (rows, metadata, queries) wrapped in the real plug-in pipeline.
/// One request runs at a time; calls from other threads wait their turn, as the sandbox serves web requests.
/// </summary>
public sealed class InMemoryDataverse
{
    internal const string OrganizationName = "inmemory";

    private readonly object _gate = new();
    private readonly List<PluginTrace> _traces = [];
    private readonly List<AsyncOperationFailure> _asyncFailures = [];

    /// <summary>Creates the organization id, a root business unit and the SYSTEM user.</summary>
    public InMemoryDataverse(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        Clock = clock;
        Store = new DataverseStore(clock);
        OrganizationId = Guid.NewGuid();
        SystemUserId = Guid.NewGuid();
        RootBusinessUnitId = Guid.NewGuid();
        Transactions = new TransactionCoordinator(Store, clock);
        Steps = new StepCatalog();
        Pipeline = new EventPipeline(this);
        Invoker = new PluginInvoker(this);
        ServiceEndpoints = new ServiceEndpointRegistry();
        Router = new MessageRouter(this);

        SystemTables.Define(Store);
        Store.Create(new Entity("businessunit", RootBusinessUnitId) { ["name"] = OrganizationName }, SystemUserId);
        Store.Create(
            new Entity("systemuser", SystemUserId)
            {
                ["fullname"] = "SYSTEM",
                ["businessunitid"] = new EntityReference("businessunit", RootBusinessUnitId),
            },
            SystemUserId);
    }

    public DataverseStore Store { get; }

    public TimeProvider Clock { get; }

    public Guid OrganizationId { get; }

    public Guid SystemUserId { get; }

    /// <summary>The business unit users belong to unless told otherwise.</summary>
    public Guid RootBusinessUnitId { get; }

    /// <summary>Every ITracingService line written so far, oldest first.</summary>
    public IReadOnlyList<PluginTrace> TraceLog
    {
        get
        {
            lock (_gate)
            {
                return _traces.ToList();
            }
        }
    }

    /// <summary>Asynchronous steps that failed while being drained (Dataverse records these on the system job).</summary>
    public IReadOnlyList<AsyncOperationFailure> AsyncOperationFailures
    {
        get
        {
            lock (_gate)
            {
                return _asyncFailures.ToList();
            }
        }
    }

    internal TransactionCoordinator Transactions { get; }

    internal StepCatalog Steps { get; }

    internal EventPipeline Pipeline { get; }

    internal PluginInvoker Invoker { get; }

    internal ServiceEndpointRegistry ServiceEndpoints { get; }

    internal MessageRouter Router { get; }

    /// <summary>
    /// Adds a <c>systemuser</c> row. Its security roles are <c>role</c> rows linked through the <c>systemuserroles</c>
    /// intersect, so plug-ins check them with the same query they use in Dataverse.
    /// </summary>
    public Guid AddUser(string fullName, Guid? businessUnitId = null, params string[] securityRoleNames)
    {
        ArgumentNullException.ThrowIfNull(securityRoleNames);
        lock (_gate)
        {
            var businessUnit = new EntityReference("businessunit", businessUnitId ?? RootBusinessUnitId);
            var userId = Store.Create(new Entity("systemuser") { ["fullname"] = fullName, ["businessunitid"] = businessUnit }, SystemUserId);
            var roles = new EntityReferenceCollection();
            foreach (var roleName in securityRoleNames.Distinct(StringComparer.Ordinal))
            {
                roles.Add(new EntityReference("role", RoleId(roleName, businessUnit)));
            }

            if (roles.Count > 0)
            {
                Store.Associate("systemuser", userId, new Relationship(SystemTables.UserRolesRelationship), roles);
            }

            return userId;
        }
    }

    /// <summary>The organization service of an existing user (see <see cref="AddUser"/>, <see cref="SystemUserId"/>).</summary>
    public InMemoryOrganizationService ServiceFor(Guid userId)
    {
        lock (_gate)
        {
            if (Store.Snapshot("systemuser", userId) is null)
            {
                throw new ArgumentException($"No systemuser with id {userId}; add it with AddUser first.", nameof(userId));
            }
        }

        return new InMemoryOrganizationService(this, userId, null);
    }

    public void RegisterStep(StepRegistration step)
    {
        ArgumentNullException.ThrowIfNull(step);
        if (step.Stage == PipelineStage.MainOperation)
        {
            throw new ArgumentException($"'{step.Name}': no step can be registered on the main operation (stage 30).", nameof(step));
        }

        if (step.Mode == StepMode.Asynchronous && step.Stage != PipelineStage.PostOperation)
        {
            throw new ArgumentException($"'{step.Name}': asynchronous steps run in PostOperation only.", nameof(step));
        }

        lock (_gate)
        {
            Steps.Add(step);
        }
    }

    public void RegisterCustomApi(CustomApiDefinition api)
    {
        ArgumentNullException.ThrowIfNull(api);
        lock (_gate)
        {
            Router.AddCustomApi(api);
        }
    }

    /// <summary>
    /// Registers a webhook: steps whose <see cref="StepRegistration.ServiceEndpointId"/> is this id post their context
    /// to <paramref name="post"/> as the JSON body Dataverse sends (DataContractJsonSerializer over RemoteExecutionContext).
    /// </summary>
    public void RegisterServiceEndpoint(Guid serviceEndpointId, string name, Func<string, CancellationToken, Task> post)
    {
        lock (_gate)
        {
            ServiceEndpoints.Register(serviceEndpointId, name, post);
        }
    }

    /// <summary>
    /// Runs queued asynchronous steps in queue order, including steps queued by the ones it runs, and returns how many
    /// ran. As in Dataverse they run outside any transaction (each call they make commits on its own), and a failure
    /// is recorded in <see cref="AsyncOperationFailures"/> instead of being thrown.
    /// </summary>
    public int DrainAsyncOperations()
    {
        lock (_gate)
        {
            var ran = 0;
            while (Transactions.TryDequeueAsync(out var queued))
            {
                ran++;
                try
                {
                    Invoker.Invoke(queued.Step, queued.Context);
                }
                catch (FaultException<OrganizationServiceFault> e)
                {
                    var registration = queued.Step.Registration;
                    _asyncFailures.Add(new AsyncOperationFailure(
                        registration.Name, registration.Id, queued.Context.MessageName, queued.Context.PrimaryEntityId, e.Detail.ErrorCode, e.Detail.Message));
                }
            }

            return ran;
        }
    }

    internal OrganizationResponse Dispatch(OrganizationRequest request, ExecutionOrigin origin)
    {
        lock (_gate)
        {
            return Router.Execute(request, origin);
        }
    }

    internal void WriteTrace(PluginTrace trace)
    {
        lock (_gate)
        {
            _traces.Add(trace);
        }
    }

    internal Guid BusinessUnitOf(Guid userId) =>
        Store.Snapshot("systemuser", userId)?.GetAttributeValue<EntityReference>("businessunitid")?.Id ?? RootBusinessUnitId;

    private Guid RoleId(string roleName, EntityReference businessUnit)
    {
        var query = new QueryByAttribute("role") { ColumnSet = new ColumnSet("roleid") };
        query.AddAttributeValue("name", roleName);
        var existing = Store.RetrieveMultiple(query).Entities.FirstOrDefault();
        return existing?.Id
            ?? Store.Create(new Entity("role") { ["name"] = roleName, ["businessunitid"] = businessUnit }, SystemUserId);
    }
}
