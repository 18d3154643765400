using System;
using Dataverse.LeadHandover.Domain.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.LeadHandover.Functions.Tests.Support;

/// <summary>
/// A small <c>lh_AcknowledgeHandover</c> until the real plug-in exists: only the assigned rep, only while the
/// handover awaits acknowledgement; it marks the row acknowledged and traces one line per call so tests can count
/// calls. It does not touch the link token version: retiring links is the Functions app's job.
/// </summary>
public sealed class RecordingAcknowledgePlugin : IPlugin
{
    public const string TracePrefix = "acknowledge-called ";

    public void Execute(IServiceProvider serviceProvider)
    {
        ArgumentNullException.ThrowIfNull(serviceProvider);
        var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        var tracing = (ITracingService)serviceProvider.GetService(typeof(ITracingService))!;
        var factory = (IOrganizationServiceFactory)serviceProvider.GetService(typeof(IOrganizationServiceFactory))!;
        var service = factory.CreateOrganizationService(context.UserId);
        var handoverId = (Guid)context.InputParameters[AcknowledgeHandoverApi.HandoverId];
        tracing.Trace(TracePrefix + handoverId.ToString("D"));

        var handover = service.Retrieve(HandoverSchema.EntityName, handoverId, new ColumnSet(HandoverSchema.HandoverStatus, HandoverSchema.RepId));
        if (handover.GetAttributeValue<OptionSetValue>(HandoverSchema.HandoverStatus)?.Value != HandoverStatus.Awaiting)
        {
            throw new InvalidPluginExecutionException("This handover is no longer awaiting acknowledgement.");
        }

        if (handover.GetAttributeValue<EntityReference>(HandoverSchema.RepId)?.Id != context.UserId)
        {
            throw new InvalidPluginExecutionException("Only the assigned rep can acknowledge this handover.");
        }

        var now = context.OperationCreatedOn;
        service.Update(new Entity(HandoverSchema.EntityName, handoverId)
        {
            [HandoverSchema.HandoverStatus] = new OptionSetValue(HandoverStatus.Acknowledged),
            [HandoverSchema.AcknowledgedOn] = now,
            [HandoverSchema.AcknowledgedById] = new EntityReference("systemuser", context.UserId),
        });
        context.OutputParameters[AcknowledgeHandoverApi.AcknowledgedOn] = now;
        context.OutputParameters[AcknowledgeHandoverApi.BusinessMinutesToAcknowledge] = 0;
        context.OutputParameters[AcknowledgeHandoverApi.Breached] = false;
    }
}
