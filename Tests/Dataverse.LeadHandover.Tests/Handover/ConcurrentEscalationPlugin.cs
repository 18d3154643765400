using System;
using Dataverse.LeadHandover.Domain.Schema;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.Tests.Handover;

/// <summary>
/// Stands in for the SLA sweep saving the same handover between the acknowledgement's read and its write: registered
/// on Update of lh_handover in PreValidation, it escalates the row just before an acknowledgement is saved.
/// </summary>
public sealed class ConcurrentEscalationPlugin : IPlugin
{
    public void Execute(IServiceProvider serviceProvider)
    {
        ArgumentNullException.ThrowIfNull(serviceProvider);
        var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        if (context.InputParameters["Target"] is not Entity target || !target.Contains(HandoverSchema.AcknowledgedOn))
        {
            return;
        }

        var factory = (IOrganizationServiceFactory)serviceProvider.GetService(typeof(IOrganizationServiceFactory))!;
        factory.CreateOrganizationService(null).Update(new Entity(HandoverSchema.EntityName, target.Id) { [HandoverSchema.EscalationLevel] = 1 });
    }
}
