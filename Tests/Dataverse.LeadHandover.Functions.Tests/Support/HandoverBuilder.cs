using System;
using Dataverse.LeadHandover.Domain.Schema;
using Dataverse.LeadHandover.Functions.Dataverse;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.Functions.Tests.Support;

/// <summary>A handover ledger row, by default Awaiting, not yet notified, for <see cref="Ids.Rep"/>, due at 14:30 UTC.</summary>
internal sealed class HandoverBuilder
{
    public static readonly DateTime DueOn = new(2026, 3, 2, 14, 30, 0, DateTimeKind.Utc);

    public const string AssignmentReason = "Covers the UK enterprise segment and speaks to analytics buyers; next in the round robin.";

    private readonly Entity handover = new(HandoverSchema.EntityName, Ids.Handover)
    {
        [HandoverSchema.Name] = "Ada Lovelace → Riley Seller",
        [HandoverSchema.LeadId] = new EntityReference(LeadSchema.EntityName, Ids.Lead),
        [HandoverSchema.RepId] = new EntityReference(SystemUserSchema.EntityName, Ids.Rep),
        [HandoverSchema.Tier] = new OptionSetValue(LeadTier.Hot),
        [HandoverSchema.AssignedOn] = new DateTime(2026, 3, 2, 9, 30, 0, DateTimeKind.Utc),
        [HandoverSchema.DueOn] = DueOn,
        [HandoverSchema.AssignmentReason] = AssignmentReason,
        [HandoverSchema.HandoverStatus] = new OptionSetValue(HandoverStatus.Awaiting),
        [HandoverSchema.NotificationStatus] = new OptionSetValue(NotificationStatus.Pending),
        [HandoverSchema.NotificationAttempts] = 0,
        [HandoverSchema.LinkTokenVersion] = 0,
    };

    public HandoverBuilder WithStatus(int handoverStatus)
    {
        handover[HandoverSchema.HandoverStatus] = new OptionSetValue(handoverStatus);
        return this;
    }

    public HandoverBuilder WithNotificationStatus(int notificationStatus)
    {
        handover[HandoverSchema.NotificationStatus] = new OptionSetValue(notificationStatus);
        return this;
    }

    public HandoverBuilder ForRep(Guid repId)
    {
        handover[HandoverSchema.RepId] = new EntityReference(SystemUserSchema.EntityName, repId);
        return this;
    }

    public HandoverBuilder WithoutRep()
    {
        handover[HandoverSchema.RepId] = null;
        return this;
    }

    public HandoverBuilder WithLinkTokenVersion(int version)
    {
        handover[HandoverSchema.LinkTokenVersion] = version;
        return this;
    }

    public HandoverBuilder WithAssignmentReason(string? reason)
    {
        handover[HandoverSchema.AssignmentReason] = reason;
        return this;
    }

    public HandoverBuilder AcknowledgedOn(DateTime acknowledgedOn)
    {
        handover[HandoverSchema.HandoverStatus] = new OptionSetValue(HandoverStatus.Acknowledged);
        handover[HandoverSchema.AcknowledgedOn] = acknowledgedOn;
        return this;
    }

    public Entity Build() => handover;
}
