namespace Dataverse.LeadHandover.Sandbox.FunctionsHost;

/// <summary>A notification message on the in-process queue and how many times it has been handed to the sender.</summary>
internal sealed record QueuedNotification(string Json, int DequeueCount);
