using System;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.InMemory.Tests.Plugins;

/// <summary>Creates a follow-up task for the primary row, through the plug-in's own organization service.</summary>
public sealed class TaskCreatingPlugin(string unsecure) : IPlugin
{
    public void Execute(IServiceProvider serviceProvider)
    {
        var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        var factory = (IOrganizationServiceFactory)serviceProvider.GetService(typeof(IOrganizationServiceFactory))!;
        var service = factory.CreateOrganizationService(context.UserId);
        service.Create(new Entity("task")
        {
            ["subject"] = unsecure,
            ["regardingobjectid"] = new EntityReference(context.PrimaryEntityName, context.PrimaryEntityId),
        });
    }
}
