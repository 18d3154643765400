using System;
using Dataverse.LeadHandover.Functions.Dataverse;

namespace Dataverse.LeadHandover.Functions.Sweep;

/// <summary>An open lead's current handover whose follow-up window has closed and not been checked yet, with the people to tell.</summary>
public sealed record FollowUpCandidate
{
    public required Guid HandoverId { get; init; }

    public required Guid LeadId { get; init; }

    public string? LeadName { get; init; }

    public string? LeadCompany { get; init; }

    public RepContact? Rep { get; init; }

    public RepContact? Manager { get; init; }

    /// <summary><c>lh_tier</c>; values in <c>LeadTier</c>.</summary>
    public int? Tier { get; init; }

    public required DateTime AssignedOn { get; init; }

    /// <summary>The row's version as read, so that only one run claims the check.</summary>
    public required string? RowVersion { get; init; }

    /// <summary>The zone of the rep's calendar, for the time the card shows.</summary>
    public string? TimeZoneId { get; init; }
}
