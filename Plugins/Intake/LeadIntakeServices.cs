using System;
using Dataverse.LeadHandover.Plugins.Data;
using Dataverse.LeadHandover.Plugins.Pipeline;

namespace Dataverse.LeadHandover.Plugins.Intake;

/// <summary>Composes the intake service for one execution; configuration is read as SYSTEM so every channel (forms, imports, integrations) works with its own least privilege.</summary>
public static class LeadIntakeServices
{
    public static LeadIntakeService For(ILocalPluginContext context)
    {
        if (context is null)
        {
            throw new ArgumentNullException(nameof(context));
        }

        var service = context.SystemService;
        return new LeadIntakeService(
            new DataverseLeadSourceCatalogue(service),
            new EnvironmentHandoverPolicySource(new EnvironmentVariableReader(service)),
            new DataverseCallerRoles(service));
    }
}
