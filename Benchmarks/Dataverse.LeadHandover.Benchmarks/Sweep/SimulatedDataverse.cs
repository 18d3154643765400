using System;
using System.ServiceModel;
using System.Threading;
using System.Threading.Tasks;
using Dataverse.LeadHandover.Functions.Sweep;
using Microsoft.PowerPlatform.Dataverse.Client;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.LeadHandover.Benchmarks.Sweep;

/// <summary>
/// The in-memory Dataverse as a remote service for one flow of calls (the sweep): each asynchronous call is offered
/// to the <see cref="ServiceProtectionModel"/> at the flow's simulated time; admitted, it runs and the clock moves by
/// the model's latency; refused, it fails as the SDK reports it (an <see cref="OrganizationServiceFault"/> with the
/// "number of requests" code and <c>ErrorDetails["Retry-After"]</c>) and nothing runs.
/// </summary>
public sealed class SimulatedDataverse(IOrganizationServiceAsync2 inner, ServiceProtectionModel model, VirtualClock clock) : IOrganizationServiceAsync2
{
    private int queries;
    private int batches;
    private int batchedOperations;
    private int others;

    public int Queries => queries;

    public int Batches => batches;

    /// <summary>Requests inside all ExecuteMultiple batches.</summary>
    public int BatchedOperations => batchedOperations;

    public int Others => others;

    public int Requests => queries + batches + others;

    public void ResetCounts() => queries = batches = batchedOperations = others = 0;

    public OrganizationResponse Execute(OrganizationRequest request) => Call(request, () => inner.Execute(request));

    public Guid Create(Entity entity) => Call(new CreateRequest { Target = entity }, () => inner.Create(entity));

    public Entity Retrieve(string entityName, Guid id, ColumnSet columnSet) => Call(new RetrieveRequest(), () => inner.Retrieve(entityName, id, columnSet));

    public void Update(Entity entity) => Call(new UpdateRequest { Target = entity }, () => { inner.Update(entity); return 0; });

    public void Delete(string entityName, Guid id) => Call(new DeleteRequest(), () => { inner.Delete(entityName, id); return 0; });

    public void Associate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) =>
        Call(new AssociateRequest(), () => { inner.Associate(entityName, entityId, relationship, relatedEntities); return 0; });

    public void Disassociate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) =>
        Call(new DisassociateRequest(), () => { inner.Disassociate(entityName, entityId, relationship, relatedEntities); return 0; });

    public EntityCollection RetrieveMultiple(QueryBase query) => Call(new RetrieveMultipleRequest { Query = query }, () => inner.RetrieveMultiple(query));

    public Task<Guid> CreateAsync(Entity entity) => Task.FromResult(Create(entity));

    public Task<Guid> CreateAsync(Entity entity, CancellationToken cancellationToken) => Task.FromResult(Create(entity));

    public Task<Entity> CreateAndReturnAsync(Entity entity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var id = Create(entity);
        return Task.FromResult(Retrieve(entity.LogicalName, id, new ColumnSet(true)));
    }

    public Task<Entity> RetrieveAsync(string entityName, Guid id, ColumnSet columnSet) => Task.FromResult(Retrieve(entityName, id, columnSet));

    public Task<Entity> RetrieveAsync(string entityName, Guid id, ColumnSet columnSet, CancellationToken cancellationToken) =>
        Task.FromResult(Retrieve(entityName, id, columnSet));

    public Task UpdateAsync(Entity entity) => Run(() => Update(entity));

    public Task UpdateAsync(Entity entity, CancellationToken cancellationToken) => Run(() => Update(entity));

    public Task DeleteAsync(string entityName, Guid id) => Run(() => Delete(entityName, id));

    public Task DeleteAsync(string entityName, Guid id, CancellationToken cancellationToken) => Run(() => Delete(entityName, id));

    public Task<OrganizationResponse> ExecuteAsync(OrganizationRequest request) => Task.FromResult(Execute(request));

    public Task<OrganizationResponse> ExecuteAsync(OrganizationRequest request, CancellationToken cancellationToken) => Task.FromResult(Execute(request));

    public Task AssociateAsync(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) =>
        Run(() => Associate(entityName, entityId, relationship, relatedEntities));

    public Task AssociateAsync(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities, CancellationToken cancellationToken) =>
        Run(() => Associate(entityName, entityId, relationship, relatedEntities));

    public Task DisassociateAsync(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) =>
        Run(() => Disassociate(entityName, entityId, relationship, relatedEntities));

    public Task DisassociateAsync(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities, CancellationToken cancellationToken) =>
        Run(() => Disassociate(entityName, entityId, relationship, relatedEntities));

    public Task<EntityCollection> RetrieveMultipleAsync(QueryBase query) => Task.FromResult(RetrieveMultiple(query));

    public Task<EntityCollection> RetrieveMultipleAsync(QueryBase query, CancellationToken cancellationToken) => Task.FromResult(RetrieveMultiple(query));

    private static Task Run(Action call)
    {
        call();
        return Task.CompletedTask;
    }

    private T Call<T>(OrganizationRequest request, Func<T> call)
    {
        if (!model.TryAdmit(clock.GetUtcNow(), out var retryAfter))
        {
            var fault = new OrganizationServiceFault
            {
                ErrorCode = ServiceProtection.RequestsLimit,
                Message = "Number of requests exceeded the limit of 6000 over time window of 300 seconds.",
            };
            fault.ErrorDetails[ServiceProtection.RetryAfterDetail] = retryAfter;
            throw new FaultException<OrganizationServiceFault>(fault, new FaultReason(fault.Message));
        }

        switch (request)
        {
            case RetrieveMultipleRequest:
            case RetrieveRequest:
                queries++;
                break;
            case ExecuteMultipleRequest batch:
                batches++;
                batchedOperations += batch.Requests.Count;
                break;
            default:
                others++;
                break;
        }

        var result = call();
        clock.Advance(model.Latency);
        return result;
    }
}
