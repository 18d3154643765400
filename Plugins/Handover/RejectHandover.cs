using System;
using Dataverse.LeadHandover.Domain.Schema;
using Dataverse.LeadHandover.Plugins.Pipeline;

namespace Dataverse.LeadHandover.Plugins.Handover;

/// <summary>
/// Custom API lh_RejectHandover (unbound action) · main operation · synchronous.
/// Request: HandoverId (Guid), Reason (String). Response: NewHandoverId (the handover the lead was routed to next).
/// </summary>
public sealed class RejectHandover : PluginBase
{
    protected override void Run(ILocalPluginContext context)
    {
        var execution = context.ExecutionContext;
        var inputs = execution.InputParameters;
        execution.OutputParameters[RejectHandoverApi.NewHandoverId] = HandoverServices.Rejection(context).Reject(new RejectionRequest(
            inputs.Contains(RejectHandoverApi.HandoverId) && inputs[RejectHandoverApi.HandoverId] is Guid id ? id : Guid.Empty,
            inputs.Contains(RejectHandoverApi.Reason) ? inputs[RejectHandoverApi.Reason] as string : null,
            // The acting user: the rep themself, or the rep the Functions app impersonates after checking a
            // signed link (CallerId), where InitiatingUserId is the app user and UserId is the rep.
            execution.UserId,
            context.OperationTime));
    }
}
