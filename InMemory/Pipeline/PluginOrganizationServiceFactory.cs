using System;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.InMemory.Pipeline;

/// <summary>
/// Organization services for a plug-in. As documented for <c>CreateOrganizationService</c>: <see langword="null"/>
/// is the SYSTEM user, <see cref="Guid.Empty"/> the context's <c>UserId</c>, anything else that user
/// (https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.iorganizationservicefactory.createorganizationservice).
/// Calls made through these services re-enter the pipeline one level deeper.
/// </summary>
internal sealed class PluginOrganizationServiceFactory(InMemoryDataverse dataverse, PluginExecutionContext context)
    : IOrganizationServiceFactory
{
    public IOrganizationService CreateOrganizationService(Guid? userId)
    {
        var user = userId switch
        {
            null => dataverse.SystemUserId,
            { } id when id == Guid.Empty => context.UserId,
            { } id => id,
        };
        return new InMemoryOrganizationService(dataverse, user, context);
    }
}
