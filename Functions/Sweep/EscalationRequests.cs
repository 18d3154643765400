using System;
using System.Globalization;
using Dataverse.LeadHandover.Domain.Schema;
using Dataverse.LeadHandover.Domain.Sla;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace Dataverse.LeadHandover.Functions.Sweep;

/// <summary>
/// The Dataverse request that takes one ladder step. The step is recorded by raising <c>lh_escalationlevel</c> by one,
/// only if the row still has the version the sweep read (<c>IfRowVersionMatches</c>,
/// https://learn.microsoft.com/power-apps/developer/data-platform/optimistic-concurrency): when two runs overlap, the
/// second one's write fails and it leaves the step alone. A reassignment goes through the plug-ins' own reject path
/// (<c>lh_RejectHandover</c>, which routes the lead to the next rep; called by the app's user, which holds the
/// "Lead Handover Integration" role, it closes the handover as Expired rather than as the rep's rejection) in one
/// transaction with that claim (https://learn.microsoft.com/power-apps/developer/data-platform/org-service/use-executetransaction):
/// the level is raised if and only if the lead really moved.
/// </summary>
public static class EscalationRequests
{
    /// <summary>The reason the reject custom API records for an automatic reassignment; reps and managers read it.</summary>
    public static string ReassignReason(EscalationStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        return "Not acknowledged within SLA — reassigned automatically (" + step.PercentOfSla.ToString(CultureInfo.InvariantCulture)
            + " % of the SLA passed in business time).";
    }

    public static OrganizationRequest For(LadderStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        var handover = step.Handover;
        var claim = new UpdateRequest
        {
            Target = new Entity(HandoverSchema.EntityName, handover.Id)
            {
                [HandoverSchema.EscalationLevel] = step.NextLevel,
                RowVersion = handover.RowVersion,
            },
            ConcurrencyBehavior = ConcurrencyBehavior.IfRowVersionMatches,
        };
        if (step.Action != EscalationAction.Reassign)
        {
            return claim;
        }

        var reject = new OrganizationRequest(RejectHandoverApi.UniqueName)
        {
            [RejectHandoverApi.HandoverId] = handover.Id,
            [RejectHandoverApi.Reason] = ReassignReason(step.Step),
        };
        return new ExecuteTransactionRequest { Requests = [claim, reject], ReturnResponses = false };
    }

    /// <summary>Gives a claimed step back (its notice could not be sent), again only if nobody changed the row since.</summary>
    public static UpdateRequest Release(Guid handoverId, int level, string rowVersion) => new()
    {
        Target = new Entity(HandoverSchema.EntityName, handoverId)
        {
            [HandoverSchema.EscalationLevel] = level,
            RowVersion = rowVersion,
        },
        ConcurrencyBehavior = ConcurrencyBehavior.IfRowVersionMatches,
    };
}
