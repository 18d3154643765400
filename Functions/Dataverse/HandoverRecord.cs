using System;

namespace Dataverse.LeadHandover.Functions.Dataverse;

/// <summary>The columns of one <c>lh_handover</c> ledger row that notification and acknowledgement need.</summary>
public sealed record HandoverRecord
{
    public required Guid Id { get; init; }

    public Guid? LeadId { get; init; }

    public Guid? RepId { get; init; }

    /// <summary>Display name of the lead source lookup, when Dataverse returned one.</summary>
    public string? LeadSourceName { get; init; }

    /// <summary><c>lh_tier</c>; values in <c>LeadTier</c>.</summary>
    public int? Tier { get; init; }

    public DateTime? DueOn { get; init; }

    public string? AssignmentReason { get; init; }

    /// <summary><c>lh_handoverstatus</c>; values in <c>HandoverStatus</c>.</summary>
    public int? HandoverStatus { get; init; }

    /// <summary><c>lh_notificationstatus</c>; values in <c>NotificationStatus</c>.</summary>
    public int? NotificationStatus { get; init; }

    public int NotificationAttempts { get; init; }

    /// <summary>Until when the notification is held: a post on its way, or a failed one waiting to be retried (UTC).</summary>
    public DateTime? NextNotificationAttemptOn { get; init; }

    public int LinkTokenVersion { get; init; }

    public DateTime? AcknowledgedOn { get; init; }

    /// <summary>The row's version when read, for updates that must not overwrite a concurrent change.</summary>
    public string? RowVersion { get; init; }
}
