using System;
using Dataverse.LeadHandover.Domain.Schema;
using Dataverse.LeadHandover.Plugins.Pipeline;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.Plugins.Handover;

/// <summary>
/// Custom API lh_AcknowledgeHandover (unbound action) · main operation · synchronous.
/// Request: HandoverId (Guid), OnBehalfOfRep (Boolean, optional). Response: AcknowledgedOn, BusinessMinutesToAcknowledge, Breached.
/// </summary>
public sealed class AcknowledgeHandover : PluginBase
{
    protected override void Run(ILocalPluginContext context)
    {
        var execution = context.ExecutionContext;
        var inputs = execution.InputParameters;
        var result = HandoverServices.Acknowledgement(context).Acknowledge(new AcknowledgementRequest(
            inputs.Contains(AcknowledgeHandoverApi.HandoverId) && inputs[AcknowledgeHandoverApi.HandoverId] is Guid id ? id : Guid.Empty,
            inputs.Contains(AcknowledgeHandoverApi.OnBehalfOfRep) && inputs[AcknowledgeHandoverApi.OnBehalfOfRep] is true,
            // The acting user: the rep themself, or the rep the Functions app impersonates after checking a
            // signed link (CallerId), where InitiatingUserId is the app user and UserId is the rep.
            execution.UserId,
            context.OperationTime));
        execution.OutputParameters[AcknowledgeHandoverApi.AcknowledgedOn] = result.AcknowledgedOn;
        execution.OutputParameters[AcknowledgeHandoverApi.BusinessMinutesToAcknowledge] = result.BusinessMinutesToAcknowledge;
        execution.OutputParameters[AcknowledgeHandoverApi.Breached] = result.Breached;
    }
}
