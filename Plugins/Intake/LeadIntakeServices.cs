using System;
using Dataverse.LeadHandover.Plugins.Data;
using Dataverse.LeadHandover.Plugins.Pipeline;

namespace Dataverse.LeadHandover.Plugins.Intake;

/// <summary>Composes the intake service for one execution over the platform's organization service.</summary>
public static class LeadIntakeServices
{
    public static LeadIntakeService For(ILocalPluginContext context)
    {
        if (context is null)
        {
            throw new ArgumentNullException(nameof(context));
        }

        var service = context.PluginUserService;
        return new LeadIntakeService(
            new DataverseLeadSourceCatalogue(service),
            new EnvironmentHandoverPolicySource(new EnvironmentVariableReader(service)),
            new DataverseCallerRoles(service));
    }
}
