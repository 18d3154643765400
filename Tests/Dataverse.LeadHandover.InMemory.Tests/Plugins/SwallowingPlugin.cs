using System;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.InMemory.Tests.Plugins;

/// <summary>Makes a nested call that fails (updating a row that doesn't exist) and ignores the failure.</summary>
public sealed class SwallowingPlugin : IPlugin
{
    public void Execute(IServiceProvider serviceProvider)
    {
        var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        var factory = (IOrganizationServiceFactory)serviceProvider.GetService(typeof(IOrganizationServiceFactory))!;
        var service = factory.CreateOrganizationService(context.UserId);
        try
        {
            service.Update(new Entity("task", Guid.Parse("00000000-0000-0000-0000-0000000fffff")) { ["subject"] = "ghost" });
        }
        catch (FaultException<OrganizationServiceFault>)
        {
            // The mistake under test: carrying on after a failed call inside the transaction.
        }
    }
}
