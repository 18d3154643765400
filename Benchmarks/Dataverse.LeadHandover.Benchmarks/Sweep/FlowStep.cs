namespace Dataverse.LeadHandover.Benchmarks.Sweep;

/// <summary>Where a branch of the per-record flow stands.</summary>
internal enum FlowStep
{
    /// <summary>Take the next handover from the list.</summary>
    Next,

    /// <summary>Get the row.</summary>
    Query,

    /// <summary>Update the row.</summary>
    Update,
}
