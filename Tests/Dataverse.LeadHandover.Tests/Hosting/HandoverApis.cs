using System;
using Dataverse.LeadHandover.Domain.Schema;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.Tests.Hosting;

/// <summary>Calls the solution's custom APIs as an app would, through OrganizationRequest with the API's unique name.</summary>
internal static class HandoverApis
{
    public static OrganizationResponse Acknowledge(IOrganizationService caller, Guid handoverId, bool? onBehalfOfRep = null)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var request = new OrganizationRequest(AcknowledgeHandoverApi.UniqueName) { [AcknowledgeHandoverApi.HandoverId] = handoverId };
        if (onBehalfOfRep is bool onBehalf)
        {
            request[AcknowledgeHandoverApi.OnBehalfOfRep] = onBehalf;
        }

        return caller.Execute(request);
    }

    public static Guid Reject(IOrganizationService caller, Guid handoverId, string reason)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var response = caller.Execute(new OrganizationRequest(RejectHandoverApi.UniqueName)
        {
            [RejectHandoverApi.HandoverId] = handoverId,
            [RejectHandoverApi.Reason] = reason,
        });
        return (Guid)response.Results[RejectHandoverApi.NewHandoverId];
    }
}
