using System;

namespace Dataverse.LeadHandover.InMemory;

/// <summary>One <c>ITracingService.Trace</c> line, with the execution it came from.</summary>
/// <param name="PluginType">Full name of the plug-in type that traced.</param>
/// <param name="MessageName">The message being processed.</param>
/// <param name="PrimaryEntityName">The table, or <c>none</c>.</param>
/// <param name="Stage">Pipeline stage number (10, 20, 30, 40).</param>
/// <param name="Mode">0 synchronous, 1 asynchronous.</param>
/// <param name="Depth">Execution depth.</param>
/// <param name="CorrelationId">Shared by every execution caused by one top-level request.</param>
/// <param name="Text">The formatted line.</param>
/// <param name="TracedOn">UTC time from the injected clock.</param>
public sealed record PluginTrace(
    string PluginType, string MessageName, string PrimaryEntityName, int Stage, int Mode, int Depth, Guid CorrelationId, string Text, DateTime TracedOn);
