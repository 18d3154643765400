namespace Dataverse.LeadHandover.Domain.Intake;

/// <summary>How a lead's source was settled.</summary>
public enum LeadSourceOutcome
{
    /// <summary>The lead named a source, and it exists and is active.</summary>
    Accepted,

    /// <summary>The lead named no source; exactly one catalogue entry matched its clues.</summary>
    Inferred,

    /// <summary>No usable source; <see cref="LeadSourceResolution.RefusalReason"/> says why and what to do.</summary>
    Refused,
}
