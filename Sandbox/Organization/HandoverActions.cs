using System;
using Dataverse.LeadHandover.Domain.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.LeadHandover.Sandbox.Organization;

/// <summary>What a rep does with a handover inside Dynamics: the solution's own custom APIs, called as the rep.</summary>
internal static class HandoverActions
{
    /// <summary>The lead's current handover and its rep, or null when it has none.</summary>
    public static (Guid HandoverId, Guid RepId)? CurrentOf(IOrganizationService system, Guid leadId)
    {
        ArgumentNullException.ThrowIfNull(system);
        var lead = system.Retrieve(LeadSchema.EntityName, leadId, new ColumnSet(LeadSchema.CurrentHandoverId));
        if (lead.GetAttributeValue<EntityReference>(LeadSchema.CurrentHandoverId) is not { } handover)
        {
            return null;
        }

        var row = system.Retrieve(HandoverSchema.EntityName, handover.Id, new ColumnSet(HandoverSchema.RepId));
        return row.GetAttributeValue<EntityReference>(HandoverSchema.RepId) is { } rep ? (handover.Id, rep.Id) : null;
    }

    public static OrganizationResponse Acknowledge(IOrganizationService asRep, Guid handoverId)
    {
        ArgumentNullException.ThrowIfNull(asRep);
        return asRep.Execute(new OrganizationRequest(AcknowledgeHandoverApi.UniqueName) { [AcknowledgeHandoverApi.HandoverId] = handoverId });
    }

    public static OrganizationResponse Reject(IOrganizationService asRep, Guid handoverId, string reason)
    {
        ArgumentNullException.ThrowIfNull(asRep);
        return asRep.Execute(new OrganizationRequest(RejectHandoverApi.UniqueName)
        {
            [RejectHandoverApi.HandoverId] = handoverId,
            [RejectHandoverApi.Reason] = reason,
        });
    }
}
