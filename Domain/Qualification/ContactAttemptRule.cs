namespace Dataverse.LeadHandover.Domain.Qualification;

/// <summary>
/// The follow-up guideline for a tier: at least <see cref="Count"/> contact attempts within
/// <see cref="WithinDays"/> days of handover, so reps neither give up after one call nor chase forever.
/// </summary>
public sealed record ContactAttemptRule(int Count, int WithinDays);
