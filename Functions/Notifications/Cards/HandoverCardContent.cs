using System;
using System.Collections.Generic;

namespace Dataverse.LeadHandover.Functions.Notifications.Cards;

/// <summary>Everything a handover card says, already read from Dataverse and formatted for the rep.</summary>
public sealed record HandoverCardContent
{
    public required string LeadName { get; init; }

    /// <summary>Company and topic, when known, shown under the lead's name.</summary>
    public string? LeadContext { get; init; }

    public required string RepName { get; init; }

    /// <summary>The rep's Entra object id or UPN for the Teams mention; <see langword="null"/> means no mention.</summary>
    public string? RepMentionId { get; init; }

    /// <summary>The acknowledgement deadline in the rep's time zone, e.g. "Mon 2 Mar 2026, 14:30 (GMT Standard Time)".</summary>
    public required string DueLocal { get; init; }

    /// <summary>Why the router chose this rep.</summary>
    public string? AssignmentReason { get; init; }

    public required IReadOnlyList<BriefFact> Facts { get; init; }

    public required Uri AcknowledgeUrl { get; init; }

    public required Uri OpenInDynamicsUrl { get; init; }

    public required Uri RejectUrl { get; init; }
}
