namespace Dataverse.LeadHandover.Domain.Intake;

/// <summary>The decision about a lead's source: accepted, inferred (and from what), or refused (and why).</summary>
public sealed class LeadSourceResolution
{
    private LeadSourceResolution(LeadSourceOutcome outcome, LeadSourceEntry? source, string? inferredFrom, string? refusalReason)
    {
        Outcome = outcome;
        Source = source;
        InferredFrom = inferredFrom;
        RefusalReason = refusalReason;
    }

    public LeadSourceOutcome Outcome { get; }

    /// <summary>The source to record; null when refused.</summary>
    public LeadSourceEntry? Source { get; }

    /// <summary>For an inferred source, the clue that decided it, e.g. <c>UTM source 'google'/campaign 'spring'</c>.</summary>
    public string? InferredFrom { get; }

    /// <summary>For a refusal, one plain-language sentence or two: what is wrong and what to do.</summary>
    public string? RefusalReason { get; }

    public bool IsResolved => Outcome != LeadSourceOutcome.Refused;

    /// <summary>
    /// The <c>leadsourcecode</c> the lead should carry so the out-of-the-box column agrees with the
    /// chosen source; null when the source has no mapping (leave the column as it is).
    /// </summary>
    public int? LeadSourceCodeToWrite => Source?.LeadSourceCode;

    /// <summary>True when <paramref name="currentLeadSourceCode"/> disagrees with the chosen source's mapping.</summary>
    public bool RequiresLeadSourceCodeUpdate(int? currentLeadSourceCode) =>
        LeadSourceCodeToWrite is int code && currentLeadSourceCode != code;

    public static LeadSourceResolution Accepted(LeadSourceEntry source) =>
        new(LeadSourceOutcome.Accepted, source, null, null);

    public static LeadSourceResolution Inferred(LeadSourceEntry source, string inferredFrom) =>
        new(LeadSourceOutcome.Inferred, source, inferredFrom, null);

    public static LeadSourceResolution Refused(string reason) =>
        new(LeadSourceOutcome.Refused, null, null, reason);
}
