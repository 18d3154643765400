namespace Dataverse.LeadHandover.Functions.Sweep;

/// <summary>What became of one request in an ExecuteMultiple batch.</summary>
public enum StepOutcome
{
    /// <summary>Written.</summary>
    Applied,

    /// <summary>The row's version no longer matched: another run took the step, or the handover moved on. Nothing written.</summary>
    Changed,

    /// <summary>Dataverse refused it for another reason (its error code is logged); the next run tries again.</summary>
    Failed,
}
