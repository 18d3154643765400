namespace Dataverse.LeadHandover.Domain.Routing;

/// <summary>Whether a rep can take this lead now, or the first reason they can't (in this order of precedence).</summary>
internal enum RepEligibility
{
    Eligible,
    RejectedThisLead,
    Offline,
    Away,
    OutsideWorkingHours,
    AtCapacity,
}
