using System;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.InMemory.Tests.Plugins;

/// <summary>Writes one formatted trace line and one line with literal braces.</summary>
public sealed class TracingPlugin : IPlugin
{
    public void Execute(IServiceProvider serviceProvider)
    {
        var tracing = (ITracingService)serviceProvider.GetService(typeof(ITracingService))!;
        var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        tracing.Trace("handling {0} of {1}", context.MessageName, context.PrimaryEntityName);
        tracing.Trace("json {\"a\":1}");
    }
}
