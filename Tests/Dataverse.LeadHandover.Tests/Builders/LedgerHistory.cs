using System;
using Dataverse.LeadHandover.Domain.Schema;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.Tests.Builders;

/// <summary>Past handovers on the ledger, written as the platform would have left them, to give reps a history.</summary>
internal static class LedgerHistory
{
    /// <summary>
    /// Adds <paramref name="count"/> acknowledged handovers of <paramref name="tier"/> leads from <paramref name="sourceId"/>
    /// to <paramref name="repId"/>, each acknowledged in <paramref name="minutes"/> business minutes; converted ones get
    /// a qualified lead.
    /// </summary>
    public static void AddAcknowledged(IOrganizationService system, Guid repId, Guid sourceId, int tier, int count, int minutes, int converted, DateTime assignedOn)
    {
        for (var i = 0; i < count; i++)
        {
            var leadId = system.Create(LeadBuilder.Nurturing(sourceId).Build());
            if (i < converted)
            {
                system.Execute(new SetStateRequest
                {
                    EntityMoniker = new EntityReference(LeadSchema.EntityName, leadId),
                    State = new OptionSetValue(1),
                    Status = new OptionSetValue(3),
                });
            }

            system.Create(new Entity(HandoverSchema.EntityName)
            {
                [HandoverSchema.Name] = "History " + i,
                [HandoverSchema.LeadId] = new EntityReference(LeadSchema.EntityName, leadId),
                [HandoverSchema.RepId] = new EntityReference("systemuser", repId),
                [HandoverSchema.LeadSourceId] = new EntityReference(LeadSourceSchema.EntityName, sourceId),
                [HandoverSchema.Tier] = new OptionSetValue(tier),
                [HandoverSchema.AssignedOn] = assignedOn,
                [HandoverSchema.AcknowledgedOn] = assignedOn.AddMinutes(minutes),
                [HandoverSchema.BusinessMinutesToAcknowledge] = minutes,
                [HandoverSchema.HandoverStatus] = new OptionSetValue(HandoverStatus.Acknowledged),
            });
        }
    }

    /// <summary>Adds a handover of another lead still awaiting acknowledgement by <paramref name="repId"/>: it counts against their capacity.</summary>
    public static void AddAwaiting(IOrganizationService system, Guid repId, Guid sourceId, DateTime assignedOn)
    {
        var leadId = system.Create(LeadBuilder.Nurturing(sourceId).Build());
        system.Create(new Entity(HandoverSchema.EntityName)
        {
            [HandoverSchema.Name] = "Awaiting",
            [HandoverSchema.LeadId] = new EntityReference(LeadSchema.EntityName, leadId),
            [HandoverSchema.RepId] = new EntityReference("systemuser", repId),
            [HandoverSchema.AssignedOn] = assignedOn,
            [HandoverSchema.HandoverStatus] = new OptionSetValue(HandoverStatus.Awaiting),
        });
    }
}
