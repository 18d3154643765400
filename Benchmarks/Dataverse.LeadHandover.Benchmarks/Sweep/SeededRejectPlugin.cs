using System;
using Dataverse.LeadHandover.Domain.Schema;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.Benchmarks.Sweep;

/// <summary>
/// <c>lh_RejectHandover</c> for the benchmark: closes the handover as Expired (taken back by the app) with the reason, without routing the
/// lead on (the real plug-in's routing is measured by RoutingBenchmarks; here only the sweep's requests count).
/// </summary>
public sealed class SeededRejectPlugin : IPlugin
{
    public void Execute(IServiceProvider serviceProvider)
    {
        ArgumentNullException.ThrowIfNull(serviceProvider);
        var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        var factory = (IOrganizationServiceFactory)serviceProvider.GetService(typeof(IOrganizationServiceFactory))!;
        var service = factory.CreateOrganizationService(context.UserId);
        var handoverId = (Guid)context.InputParameters[RejectHandoverApi.HandoverId];
        service.Update(new Entity(HandoverSchema.EntityName, handoverId)
        {
            [HandoverSchema.HandoverStatus] = new OptionSetValue(HandoverStatus.Expired),
            [HandoverSchema.OutcomeReason] = context.InputParameters[RejectHandoverApi.Reason] as string,
        });
        context.OutputParameters[RejectHandoverApi.NewHandoverId] = Guid.Empty;
    }
}
