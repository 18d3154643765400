using System;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.InMemory.Tests.Plugins;

/// <summary>Traces the configuration strings its constructor received.</summary>
public sealed class ConfigurationEchoPlugin(string unsecure, string secure) : IPlugin
{
    public void Execute(IServiceProvider serviceProvider)
    {
        var tracing = (ITracingService)serviceProvider.GetService(typeof(ITracingService))!;
        tracing.Trace("unsecure={0} secure={1}", unsecure, secure);
    }
}
