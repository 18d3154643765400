using System;
using System.Collections.Generic;
using Dataverse.LeadHandover.Domain.Routing;
using Dataverse.LeadHandover.Domain.Schema;
using Dataverse.LeadHandover.Plugins.Handover;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.Plugins.Mapping;

/// <summary>Reads and writes lh_handover ledger rows; the only place that knows their columns.</summary>
public static class HandoverRowMapper
{
    /// <summary>The ledger row's name column holds up to this many characters.</summary>
    public const int MaxNameLength = 200;

    /// <summary>The ledger columns the handover plug-ins read.</summary>
    public static readonly IReadOnlyList<string> Columns = new[]
    {
        HandoverSchema.LeadId, HandoverSchema.RepId, HandoverSchema.ManagerId, HandoverSchema.HandoverStatus, HandoverSchema.Tier,
        HandoverSchema.AssignedOn, HandoverSchema.DueOn, HandoverSchema.AcknowledgedOn, HandoverSchema.FirstContactOn,
        HandoverSchema.BusinessMinutesToAcknowledge, HandoverSchema.Breached, HandoverSchema.LinkTokenVersion,
    };

    public static HandoverRow FromRow(Entity row)
    {
        if (row is null)
        {
            throw new ArgumentNullException(nameof(row));
        }

        return new HandoverRow(row.Id)
        {
            LeadId = row.GetAttributeValue<EntityReference>(HandoverSchema.LeadId)?.Id,
            RepId = row.GetAttributeValue<EntityReference>(HandoverSchema.RepId)?.Id,
            ManagerId = row.GetAttributeValue<EntityReference>(HandoverSchema.ManagerId)?.Id,
            Status = row.GetAttributeValue<OptionSetValue>(HandoverSchema.HandoverStatus)?.Value,
            TierOption = row.GetAttributeValue<OptionSetValue>(HandoverSchema.Tier)?.Value,
            AssignedOn = RepProfileRowMapper.Utc(row.GetAttributeValue<DateTime?>(HandoverSchema.AssignedOn)),
            DueOn = RepProfileRowMapper.Utc(row.GetAttributeValue<DateTime?>(HandoverSchema.DueOn)),
            AcknowledgedOn = RepProfileRowMapper.Utc(row.GetAttributeValue<DateTime?>(HandoverSchema.AcknowledgedOn)),
            FirstContactOn = RepProfileRowMapper.Utc(row.GetAttributeValue<DateTime?>(HandoverSchema.FirstContactOn)),
            BusinessMinutesToAcknowledge = row.GetAttributeValue<int?>(HandoverSchema.BusinessMinutesToAcknowledge),
            Breached = row.GetAttributeValue<bool?>(HandoverSchema.Breached) ?? false,
            LinkTokenVersion = row.GetAttributeValue<int?>(HandoverSchema.LinkTokenVersion) ?? 0,
            RowVersion = row.RowVersion,
        };
    }

    /// <summary>The new ledger row: Awaiting, notification Pending, links at version 1, owned by the assignee so it shows in "My Handovers".</summary>
    public static Entity NewRow(HandoverPlan plan)
    {
        if (plan is null)
        {
            throw new ArgumentNullException(nameof(plan));
        }

        var decision = plan.Decision;
        var lead = plan.Lead;
        return new Entity(HandoverSchema.EntityName)
        {
            [HandoverSchema.Name] = Truncate(lead.Name + " → " + plan.AssigneeName, MaxNameLength),
            [HandoverSchema.LeadId] = new EntityReference(LeadSchema.EntityName, lead.LeadId),
            [HandoverSchema.RepId] = new EntityReference("systemuser", decision.AssigneeId),
            [HandoverSchema.ManagerId] = plan.ManagerId is Guid manager ? new EntityReference("systemuser", manager) : null,
            [HandoverSchema.LeadSourceId] = lead.SourceId is Guid source ? new EntityReference(LeadSourceSchema.EntityName, source) : null,
            [HandoverSchema.Tier] = LeadTierNames.OptionOf(plan.TierName) is int tier ? new OptionSetValue(tier) : null,
            [HandoverSchema.AssignedOn] = plan.AssignedOn,
            [HandoverSchema.DueOn] = plan.DueOn,
            [HandoverSchema.HandoverStatus] = new OptionSetValue(HandoverStatus.Awaiting),
            [HandoverSchema.NotificationStatus] = new OptionSetValue(NotificationStatus.Pending),
            [HandoverSchema.NotificationAttempts] = 0,
            [HandoverSchema.EscalationLevel] = 0,
            [HandoverSchema.Breached] = false,
            [HandoverSchema.AssignmentKind] = new OptionSetValue(AssignmentKindOf(decision.Kind)),
            [HandoverSchema.AssignmentReason] = decision.Reason,
            [HandoverSchema.LinkTokenVersion] = 1,
            [HandoverSchema.OwnerId] = new EntityReference("systemuser", decision.AssigneeId),
        };
    }

    /// <summary>Closes an open handover: only the status and why change; the row stays in the ledger's history.</summary>
    public static Entity Closure(HandoverClosure closure)
    {
        if (closure is null)
        {
            throw new ArgumentNullException(nameof(closure));
        }

        return new Entity(HandoverSchema.EntityName, closure.HandoverId)
        {
            [HandoverSchema.HandoverStatus] = new OptionSetValue(closure.Status),
            [HandoverSchema.OutcomeReason] = Truncate(closure.OutcomeReason, 2000),
        };
    }

    public static int AssignmentKindOf(RoutingDecisionKind kind) => kind switch
    {
        RoutingDecisionKind.ManagerChoice => AssignmentKind.ManagerChoice,
        RoutingDecisionKind.Fallback => AssignmentKind.Fallback,
        _ => AssignmentKind.Routed,
    };

    internal static string Truncate(string text, int length) => text.Length <= length ? text : text.Substring(0, length - 1) + "…";
}
