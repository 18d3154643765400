using System;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.InMemory.Tests.Plugins;

/// <summary>Posts its context to the service endpoint whose id is its unsecure configuration.</summary>
public sealed class NotifyingPlugin(string unsecure) : IPlugin
{
    public void Execute(IServiceProvider serviceProvider)
    {
        var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        var notifications = (IServiceEndpointNotificationService)serviceProvider.GetService(typeof(IServiceEndpointNotificationService))!;
        notifications.Execute(new EntityReference("serviceendpoint", Guid.Parse(unsecure)), context);
    }
}
