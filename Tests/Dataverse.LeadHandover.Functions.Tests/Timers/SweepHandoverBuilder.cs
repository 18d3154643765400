using System;
using Dataverse.LeadHandover.Domain.Schema;
using Dataverse.LeadHandover.Functions.Dataverse;
using Dataverse.LeadHandover.Functions.Tests.Support;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.Functions.Tests.Timers;

/// <summary>
/// A handover ledger row as the plug-ins write it, by default the scenario's: Warm, assigned to <see cref="Ids.Rep"/>
/// on Friday 27 March 16:30 UTC, due Tuesday 31 March 11:00 UTC, Awaiting, its card already Sent, no step taken.
/// </summary>
internal sealed class SweepHandoverBuilder
{
    private readonly Entity handover;

    public SweepHandoverBuilder(int number)
    {
        Number = number;
        handover = new Entity(HandoverSchema.EntityName, SweepIds.Handover(number))
        {
            [HandoverSchema.Name] = "Lead " + number + " → Riley Seller",
            [HandoverSchema.LeadId] = new EntityReference(LeadSchema.EntityName, SweepIds.Lead(number)),
            [HandoverSchema.RepId] = new EntityReference(SystemUserSchema.EntityName, Ids.Rep),
            [HandoverSchema.ManagerId] = new EntityReference(SystemUserSchema.EntityName, SweepIds.Manager),
            [HandoverSchema.Tier] = new OptionSetValue(LeadTier.Warm),
            [HandoverSchema.AssignedOn] = SweepScenario.AssignedOn,
            [HandoverSchema.DueOn] = SweepScenario.DueOn,
            [HandoverSchema.HandoverStatus] = new OptionSetValue(HandoverStatus.Awaiting),
            [HandoverSchema.NotificationStatus] = new OptionSetValue(NotificationStatus.Sent),
            [HandoverSchema.NotificationAttempts] = 1,
            [HandoverSchema.EscalationLevel] = 0,
            [HandoverSchema.LinkTokenVersion] = 1,
        };
    }

    public int Number { get; }

    public SweepHandoverBuilder AtLevel(int escalationLevel)
    {
        handover[HandoverSchema.EscalationLevel] = escalationLevel;
        return this;
    }

    public SweepHandoverBuilder AssignedOn(DateTime assignedOn)
    {
        handover[HandoverSchema.AssignedOn] = assignedOn;
        return this;
    }

    public SweepHandoverBuilder DueOn(DateTime dueOn)
    {
        handover[HandoverSchema.DueOn] = dueOn;
        return this;
    }

    public SweepHandoverBuilder ForRep(Guid repId)
    {
        handover[HandoverSchema.RepId] = new EntityReference(SystemUserSchema.EntityName, repId);
        return this;
    }

    public SweepHandoverBuilder WithStatus(int handoverStatus)
    {
        handover[HandoverSchema.HandoverStatus] = new OptionSetValue(handoverStatus);
        return this;
    }

    /// <summary>The card never went out: Pending, never attempted (the webhook never arrived).</summary>
    public SweepHandoverBuilder NeverNotified()
    {
        handover[HandoverSchema.NotificationStatus] = new OptionSetValue(NotificationStatus.Pending);
        handover[HandoverSchema.NotificationAttempts] = 0;
        handover[HandoverSchema.NextNotificationAttemptOn] = null;
        return this;
    }

    public SweepHandoverBuilder NotificationFailed(int attempts, DateTime nextAttemptOn)
    {
        handover[HandoverSchema.NotificationStatus] = new OptionSetValue(NotificationStatus.Failed);
        handover[HandoverSchema.NotificationAttempts] = attempts;
        handover[HandoverSchema.NextNotificationAttemptOn] = nextAttemptOn;
        return this;
    }

    public SweepHandoverBuilder WithoutManager()
    {
        handover[HandoverSchema.ManagerId] = null;
        return this;
    }

    public Entity Build() => handover;
}
