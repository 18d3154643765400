using System;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.InMemory.Tests.Plugins;

/// <summary>Records the context it runs with under its unsecure configuration.</summary>
public sealed class RecordingPlugin(string unsecure, string secure) : IPlugin
{
    public string Secure { get; } = secure;

    public void Execute(IServiceProvider serviceProvider)
    {
        var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        var same = ReferenceEquals(context, serviceProvider.GetService(typeof(IPluginExecutionContext5)))
            && ReferenceEquals(context, serviceProvider.GetService(typeof(IPluginExecutionContext2)));
        ContextLog.Add(unsecure, ContextLog.Capture(context, same));
    }
}
