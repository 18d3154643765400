using System;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.InMemory.Tests.Plugins;

/// <summary>
/// Keeps a count in an instance field, the mistake Dataverse's instance caching exposes; traces the count so tests see
/// whether the instance was reused.
/// </summary>
public sealed class CountingPlugin : IPlugin
{
    private int _executions;

    public void Execute(IServiceProvider serviceProvider)
    {
        _executions++;
        var tracing = (ITracingService)serviceProvider.GetService(typeof(ITracingService))!;
        tracing.Trace("execution {0}", _executions);
    }
}
