using System;

namespace Dataverse.LeadHandover.Plugins.Handover;

/// <summary>One lh_handover ledger row as read, with the row version needed to update it safely.</summary>
public sealed record HandoverRow(Guid Id)
{
    public Guid? LeadId { get; init; }

    public Guid? RepId { get; init; }

    public Guid? ManagerId { get; init; }

    /// <summary>lh_handoverstatus; values in <c>HandoverStatus</c>.</summary>
    public int? Status { get; init; }

    public int? TierOption { get; init; }

    public DateTime? AssignedOn { get; init; }

    public DateTime? DueOn { get; init; }

    public DateTime? AcknowledgedOn { get; init; }

    public DateTime? FirstContactOn { get; init; }

    public int? BusinessMinutesToAcknowledge { get; init; }

    public bool Breached { get; init; }

    public int LinkTokenVersion { get; init; }

    public string? RowVersion { get; init; }
}
