using System;
using Dataverse.LeadHandover.Domain.Qualification;
using Dataverse.LeadHandover.Domain.Schema;
using Dataverse.LeadHandover.Plugins.FollowUp;
using Dataverse.LeadHandover.Plugins.Handover;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.Plugins.Mapping;

/// <summary>The phonecall or task row of a first touch: regarding the lead, owned by the rep, due at the SLA.</summary>
public static class FirstTouchActivityMapper
{
    public static Entity NewRow(FirstTouchPlan plan, Guid leadId)
    {
        if (plan is null)
        {
            throw new ArgumentNullException(nameof(plan));
        }

        var table = plan.Kind switch
        {
            FirstTouch.PhoneCall => ActivityTables.PhoneCall,
            FirstTouch.Task => ActivityTables.Task,
            _ => throw new ArgumentOutOfRangeException(nameof(plan), plan.Kind, "Only a phone call or a task is a first touch."),
        };
        return new Entity(table)
        {
            ["subject"] = HandoverRowMapper.Truncate(plan.Subject, 200),
            ["description"] = plan.Description,
            [ActivityTables.RegardingObjectId] = new EntityReference(LeadSchema.EntityName, leadId),
            ["scheduledend"] = plan.DueOn,
            ["ownerid"] = new EntityReference("systemuser", plan.OwnerId),
        };
    }
}
