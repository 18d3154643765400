using System;
using Dataverse.LeadHandover.Domain.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.LeadHandover.Functions.Tests.Support;

/// <summary>
/// A small <c>lh_RejectHandover</c> until the real plug-in exists: the assigned rep, while awaiting, with a
/// reason; it marks the row rejected with the reason and traces one line per call.
/// </summary>
public sealed class RecordingRejectPlugin : IPlugin
{
    public const string TracePrefix = "reject-called ";

    public void Execute(IServiceProvider serviceProvider)
    {
        ArgumentNullException.ThrowIfNull(serviceProvider);
        var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        var tracing = (ITracingService)serviceProvider.GetService(typeof(ITracingService))!;
        var factory = (IOrganizationServiceFactory)serviceProvider.GetService(typeof(IOrganizationServiceFactory))!;
        var service = factory.CreateOrganizationService(context.UserId);
        var handoverId = (Guid)context.InputParameters[RejectHandoverApi.HandoverId];
        var reason = (string)context.InputParameters[RejectHandoverApi.Reason];
        tracing.Trace(TracePrefix + handoverId.ToString("D"));

        var handover = service.Retrieve(HandoverSchema.EntityName, handoverId, new ColumnSet(HandoverSchema.HandoverStatus, HandoverSchema.RepId));
        if (handover.GetAttributeValue<OptionSetValue>(HandoverSchema.HandoverStatus)?.Value != HandoverStatus.Awaiting
            || handover.GetAttributeValue<EntityReference>(HandoverSchema.RepId)?.Id != context.UserId)
        {
            throw new InvalidPluginExecutionException("This handover can no longer be rejected by you.");
        }

        service.Update(new Entity(HandoverSchema.EntityName, handoverId)
        {
            [HandoverSchema.HandoverStatus] = new OptionSetValue(HandoverStatus.Rejected),
            [HandoverSchema.OutcomeReason] = reason,
        });
        context.OutputParameters[RejectHandoverApi.NewHandoverId] = Guid.Empty;
    }
}
