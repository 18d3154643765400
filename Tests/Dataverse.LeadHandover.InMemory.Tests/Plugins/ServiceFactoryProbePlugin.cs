using System;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.InMemory.Tests.Plugins;

/// <summary>Asks WhoAmI through services made for <c>null</c> and <see cref="Guid.Empty"/>, and traces the answers.</summary>
public sealed class ServiceFactoryProbePlugin : IPlugin
{
    public void Execute(IServiceProvider serviceProvider)
    {
        var factory = (IOrganizationServiceFactory)serviceProvider.GetService(typeof(IOrganizationServiceFactory))!;
        var tracing = (ITracingService)serviceProvider.GetService(typeof(ITracingService))!;
        var asNull = (WhoAmIResponse)factory.CreateOrganizationService(null).Execute(new WhoAmIRequest());
        var asEmpty = (WhoAmIResponse)factory.CreateOrganizationService(Guid.Empty).Execute(new WhoAmIRequest());
        tracing.Trace("null={0}", asNull.UserId);
        tracing.Trace("empty={0}", asEmpty.UserId);
    }
}
