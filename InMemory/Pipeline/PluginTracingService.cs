using System;
using System.Globalization;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.InMemory.Pipeline;

/// <summary>Captures plug-in trace lines into the organization's trace log, tagged with the execution they came from.</summary>
internal sealed class PluginTracingService(PluginExecutionContext context, Type pluginType, Action<PluginTrace> write, TimeProvider clock)
    : ITracingService
{
    public void Trace(string format, params object[] args)
    {
        // string.Format semantics, as the platform's tracing service; with no arguments the text is taken as is so
        // literal braces in a message don't throw.
        var text = args is { Length: > 0 } ? string.Format(CultureInfo.InvariantCulture, format, args) : format;
        write(new PluginTrace(
            pluginType.FullName ?? pluginType.Name,
            context.MessageName,
            context.PrimaryEntityName,
            context.Stage,
            context.Mode,
            context.Depth,
            context.CorrelationId,
            text,
            clock.GetUtcNow().UtcDateTime));
    }
}
