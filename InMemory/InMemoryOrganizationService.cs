using System;
using System.Threading;
using System.Threading.Tasks;
using Dataverse.LeadHandover.InMemory.Pipeline;
using Microsoft.PowerPlatform.Dataverse.Client;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.LeadHandover.InMemory;

/// <summary>
/// The organization service of one user: every call, synchronous or asynchronous, goes through the same plug-in
/// pipeline. A service handed to a plug-in makes nested calls (depth + 1, same correlation id, the plug-in's context
/// as parent); one from <see cref="InMemoryDataverse.ServiceFor"/> makes top-level calls.
/// </summary>
public sealed class InMemoryOrganizationService : IOrganizationServiceAsync2
{
    private readonly InMemoryDataverse _dataverse;
    private readonly PluginExecutionContext? _caller;

    internal InMemoryOrganizationService(InMemoryDataverse dataverse, Guid userId, PluginExecutionContext? caller)
    {
        _dataverse = dataverse;
        UserId = userId;
        _caller = caller;
    }

    /// <summary>The user every call runs as.</summary>
    public Guid UserId { get; }

    public OrganizationResponse Execute(OrganizationRequest request)
    {
        var origin = _caller is null ? ExecutionOrigin.TopLevel(UserId) : ExecutionOrigin.FromPlugin(UserId, _caller);
        return _dataverse.Dispatch(request, origin);
    }

    public Guid Create(Entity entity) => ((CreateResponse)Execute(new CreateRequest { Target = entity })).id;

    public Entity Retrieve(string entityName, Guid id, ColumnSet columnSet) =>
        ((RetrieveResponse)Execute(new RetrieveRequest { Target = new EntityReference(entityName, id), ColumnSet = columnSet })).Entity;

    public void Update(Entity entity) => Execute(new UpdateRequest { Target = entity });

    public void Delete(string entityName, Guid id) => Execute(new DeleteRequest { Target = new EntityReference(entityName, id) });

    public void Associate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) =>
        Execute(new AssociateRequest { Target = new EntityReference(entityName, entityId), Relationship = relationship, RelatedEntities = relatedEntities });

    public void Disassociate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) =>
        Execute(new DisassociateRequest { Target = new EntityReference(entityName, entityId), Relationship = relationship, RelatedEntities = relatedEntities });

    public EntityCollection RetrieveMultiple(QueryBase query) =>
        ((RetrieveMultipleResponse)Execute(new RetrieveMultipleRequest { Query = query })).EntityCollection;

    public Task<Guid> CreateAsync(Entity entity) => CreateAsync(entity, CancellationToken.None);

    public Task<Guid> CreateAsync(Entity entity, CancellationToken cancellationToken) => Run(() => Create(entity), cancellationToken);

    public Task<Entity> CreateAndReturnAsync(Entity entity, CancellationToken cancellationToken) =>
        Run(() => Retrieve(entity.LogicalName, Create(entity), new ColumnSet(true)), cancellationToken);

    public Task<Entity> RetrieveAsync(string entityName, Guid id, ColumnSet columnSet) => RetrieveAsync(entityName, id, columnSet, CancellationToken.None);

    public Task<Entity> RetrieveAsync(string entityName, Guid id, ColumnSet columnSet, CancellationToken cancellationToken) =>
        Run(() => Retrieve(entityName, id, columnSet), cancellationToken);

    public Task UpdateAsync(Entity entity) => UpdateAsync(entity, CancellationToken.None);

    public Task UpdateAsync(Entity entity, CancellationToken cancellationToken) => Run(() => Execute(new UpdateRequest { Target = entity }), cancellationToken);

    public Task DeleteAsync(string entityName, Guid id) => DeleteAsync(entityName, id, CancellationToken.None);

    public Task DeleteAsync(string entityName, Guid id, CancellationToken cancellationToken) =>
        Run(() => Execute(new DeleteRequest { Target = new EntityReference(entityName, id) }), cancellationToken);

    public Task<OrganizationResponse> ExecuteAsync(OrganizationRequest request) => ExecuteAsync(request, CancellationToken.None);

    public Task<OrganizationResponse> ExecuteAsync(OrganizationRequest request, CancellationToken cancellationToken) =>
        Run(() => Execute(request), cancellationToken);

    public Task AssociateAsync(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) =>
        AssociateAsync(entityName, entityId, relationship, relatedEntities, CancellationToken.None);

    public Task AssociateAsync(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities, CancellationToken cancellationToken) =>
        Run(() => Execute(new AssociateRequest { Target = new EntityReference(entityName, entityId), Relationship = relationship, RelatedEntities = relatedEntities }), cancellationToken);

    public Task DisassociateAsync(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) =>
        DisassociateAsync(entityName, entityId, relationship, relatedEntities, CancellationToken.None);

    public Task DisassociateAsync(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities, CancellationToken cancellationToken) =>
        Run(() => Execute(new DisassociateRequest { Target = new EntityReference(entityName, entityId), Relationship = relationship, RelatedEntities = relatedEntities }), cancellationToken);

    public Task<EntityCollection> RetrieveMultipleAsync(QueryBase query) => RetrieveMultipleAsync(query, CancellationToken.None);

    public Task<EntityCollection> RetrieveMultipleAsync(QueryBase query, CancellationToken cancellationToken) =>
        Run(() => RetrieveMultiple(query), cancellationToken);

    /// <summary>
    /// A cancelled token stops the call before it starts; once started, the operation completes (or fails) as a
    /// whole, since the pipeline is synchronous and transactional.
    /// </summary>
    private static Task<T> Run<T>(Func<T> work, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<T>(cancellationToken);
        }

        try
        {
            return Task.FromResult(work());
        }
        catch (Exception e)
        {
            return Task.FromException<T>(e);
        }
    }
}
