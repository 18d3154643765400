namespace Dataverse.LeadHandover.InMemory;

/// <summary>Execution mode of a step, numbered as <c>IExecutionContext.Mode</c> reports it.</summary>
public enum StepMode
{
    /// <summary>Runs inside the caller's request.</summary>
    Synchronous = 0,

    /// <summary>Queued on commit and run later by <see cref="InMemoryDataverse.DrainAsyncOperations"/>.</summary>
    Asynchronous = 1,
}
