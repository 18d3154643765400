namespace Dataverse.LeadHandover.InMemory.Pipeline;

/// <summary>An asynchronous step waiting to run, with the context captured when its operation ran.</summary>
internal sealed record QueuedAsyncStep(RegisteredStep Step, PluginExecutionContext Context);
