using System;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.InMemory.Pipeline;

/// <summary>The <see cref="IServiceProvider"/> a plug-in's <c>Execute</c> receives.</summary>
internal sealed class PluginServiceProvider(InMemoryDataverse dataverse, PluginExecutionContext context, Type pluginType)
    : IServiceProvider
{
    public object? GetService(Type serviceType)
    {
        if (serviceType == typeof(IPluginExecutionContext)
            || serviceType == typeof(IExecutionContext)
            || serviceType == typeof(IPluginExecutionContext2)
            || serviceType == typeof(IPluginExecutionContext3)
            || serviceType == typeof(IPluginExecutionContext4)
            || serviceType == typeof(IPluginExecutionContext5))
        {
            return context;
        }

        if (serviceType == typeof(ITracingService))
        {
            return new PluginTracingService(context, pluginType, dataverse.WriteTrace, dataverse.Clock);
        }

        if (serviceType == typeof(IOrganizationServiceFactory))
        {
            return new PluginOrganizationServiceFactory(dataverse, context);
        }

        if (serviceType == typeof(IServiceEndpointNotificationService))
        {
            return new ServiceEndpointNotificationService(dataverse.ServiceEndpoints);
        }

        return null;
    }
}
