namespace Dataverse.LeadHandover.Functions.Sweep;

/// <summary>The outcome of one request of a batch, with Dataverse's error code when it did not apply (0 when it did).</summary>
public readonly record struct ItemResult(StepOutcome Outcome, int ErrorCode);
