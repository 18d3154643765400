namespace Dataverse.LeadHandover.Domain.FollowUp;

/// <summary>The gate's answer, with the override reason to record or the refusal to show.</summary>
public sealed class DisqualificationDecision
{
    private DisqualificationDecision(DisqualificationOutcome outcome, string? overrideReason, string? refusalMessage)
    {
        Outcome = outcome;
        OverrideReason = overrideReason;
        RefusalMessage = refusalMessage;
    }

    public DisqualificationOutcome Outcome { get; }

    public bool IsAllowed => Outcome != DisqualificationOutcome.Refused;

    /// <summary>The manager's trimmed reason, to record with the disqualification; null unless overridden.</summary>
    public string? OverrideReason { get; }

    /// <summary>How many attempts are missing, until when, and that a manager can override; null unless refused.</summary>
    public string? RefusalMessage { get; }

    internal static DisqualificationDecision Allowed() => new(DisqualificationOutcome.Allowed, null, null);

    internal static DisqualificationDecision Overridden(string reason) => new(DisqualificationOutcome.AllowedWithOverride, reason, null);

    internal static DisqualificationDecision Refused(string message) => new(DisqualificationOutcome.Refused, null, message);
}
