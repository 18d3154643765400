// Mirrors https://learn.microsoft.com/dotnet/api/microsoft.powerplatform.dataverse.client.iorganizationserviceasync2
#nullable disable
// Microsoft.PowerPlatform.Dataverse.Client is .NET-only here: net462 code compiles against CoreAssemblies, which has no such namespace.
#if NET
using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Microsoft.PowerPlatform.Dataverse.Client;

// The token-less CreateAndReturnAsync lives on ServiceClient only, so it is absent here too.
public interface IOrganizationServiceAsync2 : IOrganizationServiceAsync, IOrganizationService
{
    Task AssociateAsync(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities, CancellationToken cancellationToken);

    Task<Guid> CreateAsync(Entity entity, CancellationToken cancellationToken);

    Task<Entity> CreateAndReturnAsync(Entity entity, CancellationToken cancellationToken);

    Task DeleteAsync(string entityName, Guid id, CancellationToken cancellationToken);

    Task DisassociateAsync(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities, CancellationToken cancellationToken);

    Task<OrganizationResponse> ExecuteAsync(OrganizationRequest request, CancellationToken cancellationToken);

    Task<Entity> RetrieveAsync(string entityName, Guid id, ColumnSet columnSet, CancellationToken cancellationToken);

    Task<EntityCollection> RetrieveMultipleAsync(QueryBase query, CancellationToken cancellationToken);

    Task UpdateAsync(Entity entity, CancellationToken cancellationToken);
}
#endif
