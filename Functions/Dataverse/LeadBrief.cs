using System;

namespace Dataverse.LeadHandover.Functions.Dataverse;

/// <summary>What the handover card shows of the lead: its name and the brief written when it became sales ready.</summary>
public sealed record LeadBrief
{
    public required Guid Id { get; init; }

    public string? FullName { get; init; }

    public string? CompanyName { get; init; }

    public string? Topic { get; init; }

    /// <summary><c>lh_handoverbrief</c>: one "Heading: value" line per fact.</summary>
    public string? HandoverBrief { get; init; }

    /// <summary><c>lh_completeness</c>: percent of the tier's qualification items captured.</summary>
    public int? Completeness { get; init; }
}
