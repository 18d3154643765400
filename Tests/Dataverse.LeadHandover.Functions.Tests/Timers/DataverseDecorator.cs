using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.PowerPlatform.Dataverse.Client;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.LeadHandover.Functions.Tests.Timers;

/// <summary>
/// Passes every call to the in-memory Dataverse, numbering the asynchronous calls the Functions app makes and
/// letting a subclass act before each one (fault it, hold it). Synchronous calls pass straight through.
/// </summary>
internal class DataverseDecorator(IOrganizationServiceAsync2 inner) : IOrganizationServiceAsync2
{
    private int calls;

    /// <summary>Asynchronous calls made so far.</summary>
    public int Calls => Volatile.Read(ref calls);

    public OrganizationResponse Execute(OrganizationRequest request) => inner.Execute(request);

    public Guid Create(Entity entity) => inner.Create(entity);

    public Entity Retrieve(string entityName, Guid id, ColumnSet columnSet) => inner.Retrieve(entityName, id, columnSet);

    public void Update(Entity entity) => inner.Update(entity);

    public void Delete(string entityName, Guid id) => inner.Delete(entityName, id);

    public void Associate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) =>
        inner.Associate(entityName, entityId, relationship, relatedEntities);

    public void Disassociate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) =>
        inner.Disassociate(entityName, entityId, relationship, relatedEntities);

    public EntityCollection RetrieveMultiple(QueryBase query) => inner.RetrieveMultiple(query);

    public Task<Guid> CreateAsync(Entity entity) => CreateAsync(entity, CancellationToken.None);

    public async Task<Guid> CreateAsync(Entity entity, CancellationToken cancellationToken)
    {
        await BeforeAsync(new CreateRequest { Target = entity }, cancellationToken);
        return await inner.CreateAsync(entity, cancellationToken);
    }

    public async Task<Entity> CreateAndReturnAsync(Entity entity, CancellationToken cancellationToken)
    {
        await BeforeAsync(new CreateRequest { Target = entity }, cancellationToken);
        return await inner.CreateAndReturnAsync(entity, cancellationToken);
    }

    public Task<Entity> RetrieveAsync(string entityName, Guid id, ColumnSet columnSet) => RetrieveAsync(entityName, id, columnSet, CancellationToken.None);

    public async Task<Entity> RetrieveAsync(string entityName, Guid id, ColumnSet columnSet, CancellationToken cancellationToken)
    {
        await BeforeAsync(new RetrieveRequest { Target = new EntityReference(entityName, id), ColumnSet = columnSet }, cancellationToken);
        return await inner.RetrieveAsync(entityName, id, columnSet, cancellationToken);
    }

    public Task UpdateAsync(Entity entity) => UpdateAsync(entity, CancellationToken.None);

    public async Task UpdateAsync(Entity entity, CancellationToken cancellationToken)
    {
        await BeforeAsync(new UpdateRequest { Target = entity }, cancellationToken);
        await inner.UpdateAsync(entity, cancellationToken);
    }

    public Task DeleteAsync(string entityName, Guid id) => DeleteAsync(entityName, id, CancellationToken.None);

    public async Task DeleteAsync(string entityName, Guid id, CancellationToken cancellationToken)
    {
        await BeforeAsync(new DeleteRequest { Target = new EntityReference(entityName, id) }, cancellationToken);
        await inner.DeleteAsync(entityName, id, cancellationToken);
    }

    public Task<OrganizationResponse> ExecuteAsync(OrganizationRequest request) => ExecuteAsync(request, CancellationToken.None);

    public async Task<OrganizationResponse> ExecuteAsync(OrganizationRequest request, CancellationToken cancellationToken)
    {
        var replaced = await BeforeAsync(request, cancellationToken);
        return replaced ?? await inner.ExecuteAsync(request, cancellationToken);
    }

    public Task AssociateAsync(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) =>
        AssociateAsync(entityName, entityId, relationship, relatedEntities, CancellationToken.None);

    public async Task AssociateAsync(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities, CancellationToken cancellationToken)
    {
        await BeforeAsync(new AssociateRequest { Target = new EntityReference(entityName, entityId), Relationship = relationship, RelatedEntities = relatedEntities }, cancellationToken);
        await inner.AssociateAsync(entityName, entityId, relationship, relatedEntities, cancellationToken);
    }

    public Task DisassociateAsync(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) =>
        DisassociateAsync(entityName, entityId, relationship, relatedEntities, CancellationToken.None);

    public async Task DisassociateAsync(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities, CancellationToken cancellationToken)
    {
        await BeforeAsync(new DisassociateRequest { Target = new EntityReference(entityName, entityId), Relationship = relationship, RelatedEntities = relatedEntities }, cancellationToken);
        await inner.DisassociateAsync(entityName, entityId, relationship, relatedEntities, cancellationToken);
    }

    public Task<EntityCollection> RetrieveMultipleAsync(QueryBase query) => RetrieveMultipleAsync(query, CancellationToken.None);

    public async Task<EntityCollection> RetrieveMultipleAsync(QueryBase query, CancellationToken cancellationToken)
    {
        await BeforeAsync(new RetrieveMultipleRequest { Query = query }, cancellationToken);
        return await inner.RetrieveMultipleAsync(query, cancellationToken);
    }

    /// <summary>
    /// Runs before call number <paramref name="call"/> (from 1); may throw to fault it, wait to hold it, or, for
    /// Execute, return a response to answer it without the inner service.
    /// </summary>
    protected virtual Task<OrganizationResponse?> OnCallAsync(int call, OrganizationRequest request, CancellationToken cancellationToken) =>
        Task.FromResult<OrganizationResponse?>(null);

    private Task<OrganizationResponse?> BeforeAsync(OrganizationRequest request, CancellationToken cancellationToken) =>
        OnCallAsync(Interlocked.Increment(ref calls), request, cancellationToken);
}
