using System;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.InMemory.Tests.Plugins;

/// <summary>Sets <c>subject</c> on the Target to its unsecure configuration, as a PreOperation plug-in would.</summary>
public sealed class SubjectStampingPlugin(string unsecure) : IPlugin
{
    public void Execute(IServiceProvider serviceProvider)
    {
        var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        ((Entity)context.InputParameters["Target"])["subject"] = unsecure;
    }
}
