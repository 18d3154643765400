namespace Dataverse.LeadHandover.Domain.FollowUp;

/// <summary>Whether a rep may disqualify a handed-over lead now.</summary>
public enum DisqualificationOutcome
{
    /// <summary>The follow-up guideline is met.</summary>
    Allowed,

    /// <summary>The guideline is not met, but a manager overrode it with a reason to record.</summary>
    AllowedWithOverride,

    /// <summary>Not yet: more contact attempts are needed first.</summary>
    Refused,
}
