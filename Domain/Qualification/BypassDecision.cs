namespace Dataverse.LeadHandover.Domain.Qualification;

/// <summary>Whether a caller may skip the sales-ready checks, with the reason to record or the refusal to show.</summary>
public sealed class BypassDecision
{
    private BypassDecision(bool isAllowed, string? reason, string? refusalMessage)
    {
        IsAllowed = isAllowed;
        Reason = reason;
        RefusalMessage = refusalMessage;
    }

    public bool IsAllowed { get; }

    /// <summary>The trimmed reason to record with the bypass; null when refused.</summary>
    public string? Reason { get; }

    /// <summary>Who may bypass and that a reason is required; null when allowed.</summary>
    public string? RefusalMessage { get; }

    public static BypassDecision Allowed(string reason) => new(true, reason, null);

    public static BypassDecision Refused(string message) => new(false, null, message);
}
