using System;

namespace Dataverse.LeadHandover.Sandbox.DryRun;

/// <summary>What happened to one replayed lead: refused (with Dataverse's message), or saved and perhaps handed over.</summary>
internal sealed record LeadOutcome(int Line, string Label, DateTimeOffset ArrivedOn)
{
    /// <summary>The plug-in's refusal, exactly as Dataverse returned it; null when the lead was saved.</summary>
    public string? Refusal { get; init; }

    public Guid? LeadId { get; init; }

    public string? Tier { get; init; }

    /// <summary>Who holds the lead's current handover; null when it was not handed over.</summary>
    public string? Rep { get; init; }

    public string? RepTimeZone { get; init; }

    /// <summary>Routed, Manager choice or Fallback.</summary>
    public string? Kind { get; init; }

    public string? Reason { get; init; }

    public DateTime? DueOn { get; init; }

    public string? Status { get; init; }

    public DateTime? AcknowledgedOn { get; init; }

    public int? BusinessMinutesToAcknowledge { get; init; }

    public bool Breached { get; init; }

    /// <summary>Still awaiting acknowledgement after its due time when the replay ended.</summary>
    public bool Overdue { get; init; }

    /// <summary>Why a scheduled acknowledgement did not happen (Dataverse's message), when it didn't.</summary>
    public string? AcknowledgementProblem { get; init; }
}
