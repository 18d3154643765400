using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.PowerPlatform.Dataverse.Client;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.LeadHandover.Functions.Dataverse;

/// <summary>
/// The app's <see cref="IOrganizationServiceAsync2"/>: connects on the first call, not when a function class is
/// created, so an unreachable Dataverse is an exception inside the function (where a page can explain it) rather than
/// a failure to create the function. The factory's client is asked for once; a failure is not kept, so the next call
/// tries again.
/// </summary>
internal sealed class DeferredDataverseClient(IDataverseClientFactory factory) : IOrganizationServiceAsync2
{
    private readonly object _gate = new();
    private IOrganizationServiceAsync2? _client;

    public Task AssociateAsync(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities, CancellationToken cancellationToken) =>
        Client().AssociateAsync(entityName, entityId, relationship, relatedEntities, cancellationToken);

    public Task AssociateAsync(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) =>
        Client().AssociateAsync(entityName, entityId, relationship, relatedEntities);

    public void Associate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) =>
        Client().Associate(entityName, entityId, relationship, relatedEntities);

    public Task<Guid> CreateAsync(Entity entity, CancellationToken cancellationToken) => Client().CreateAsync(entity, cancellationToken);

    public Task<Guid> CreateAsync(Entity entity) => Client().CreateAsync(entity);

    public Guid Create(Entity entity) => Client().Create(entity);

    public Task<Entity> CreateAndReturnAsync(Entity entity, CancellationToken cancellationToken) => Client().CreateAndReturnAsync(entity, cancellationToken);

    public Task DeleteAsync(string entityName, Guid id, CancellationToken cancellationToken) => Client().DeleteAsync(entityName, id, cancellationToken);

    public Task DeleteAsync(string entityName, Guid id) => Client().DeleteAsync(entityName, id);

    public void Delete(string entityName, Guid id) => Client().Delete(entityName, id);

    public Task DisassociateAsync(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities, CancellationToken cancellationToken) =>
        Client().DisassociateAsync(entityName, entityId, relationship, relatedEntities, cancellationToken);

    public Task DisassociateAsync(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) =>
        Client().DisassociateAsync(entityName, entityId, relationship, relatedEntities);

    public void Disassociate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) =>
        Client().Disassociate(entityName, entityId, relationship, relatedEntities);

    public Task<OrganizationResponse> ExecuteAsync(OrganizationRequest request, CancellationToken cancellationToken) => Client().ExecuteAsync(request, cancellationToken);

    public Task<OrganizationResponse> ExecuteAsync(OrganizationRequest request) => Client().ExecuteAsync(request);

    public OrganizationResponse Execute(OrganizationRequest request) => Client().Execute(request);

    public Task<Entity> RetrieveAsync(string entityName, Guid id, ColumnSet columnSet, CancellationToken cancellationToken) =>
        Client().RetrieveAsync(entityName, id, columnSet, cancellationToken);

    public Task<Entity> RetrieveAsync(string entityName, Guid id, ColumnSet columnSet) => Client().RetrieveAsync(entityName, id, columnSet);

    public Entity Retrieve(string entityName, Guid id, ColumnSet columnSet) => Client().Retrieve(entityName, id, columnSet);

    public Task<EntityCollection> RetrieveMultipleAsync(QueryBase query, CancellationToken cancellationToken) => Client().RetrieveMultipleAsync(query, cancellationToken);

    public Task<EntityCollection> RetrieveMultipleAsync(QueryBase query) => Client().RetrieveMultipleAsync(query);

    public EntityCollection RetrieveMultiple(QueryBase query) => Client().RetrieveMultiple(query);

    public Task UpdateAsync(Entity entity, CancellationToken cancellationToken) => Client().UpdateAsync(entity, cancellationToken);

    public Task UpdateAsync(Entity entity) => Client().UpdateAsync(entity);

    public void Update(Entity entity) => Client().Update(entity);

    private IOrganizationServiceAsync2 Client()
    {
        if (Volatile.Read(ref _client) is { } client)
        {
            return client;
        }

        lock (_gate)
        {
            return _client ??= factory.CreateServiceClient();
        }
    }
}
