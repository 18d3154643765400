// Mirrors https://learn.microsoft.com/dotnet/api/microsoft.powerplatform.dataverse.client.iorganizationserviceasync
#nullable disable
// Microsoft.PowerPlatform.Dataverse.Client is .NET-only here: net462 code compiles against CoreAssemblies, which has no such namespace.
#if NET
using System;
using System.Threading.Tasks;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Microsoft.PowerPlatform.Dataverse.Client;

public interface IOrganizationServiceAsync : IOrganizationService
{
    Task<Guid> CreateAsync(Entity entity);

    Task<Entity> RetrieveAsync(string entityName, Guid id, ColumnSet columnSet);

    Task UpdateAsync(Entity entity);

    Task DeleteAsync(string entityName, Guid id);

    Task<OrganizationResponse> ExecuteAsync(OrganizationRequest request);

    Task AssociateAsync(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities);

    Task DisassociateAsync(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities);

    Task<EntityCollection> RetrieveMultipleAsync(QueryBase query);
}
#endif
