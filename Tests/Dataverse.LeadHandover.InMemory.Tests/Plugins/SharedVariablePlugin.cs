using System;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.InMemory.Tests.Plugins;

/// <summary>Puts <c>SharedVariables["handover"] = unsecure configuration</c>.</summary>
public sealed class SharedVariablePlugin(string unsecure) : IPlugin
{
    public void Execute(IServiceProvider serviceProvider)
    {
        var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        context.SharedVariables["handover"] = unsecure;
    }
}
