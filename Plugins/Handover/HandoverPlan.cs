using System;
using System.Collections.Generic;
using Dataverse.LeadHandover.Domain.Routing;

namespace Dataverse.LeadHandover.Plugins.Handover;

/// <summary>
/// Everything one assignment writes, in the same transaction: the ledger row, the previous open handovers it
/// closes, the lead's owner and current handover, the rep's last-assigned time and the first-touch activity.
/// </summary>
/// <param name="Lead">The lead handed over.</param>
/// <param name="Decision">Who gets it, how they were chosen and why.</param>
/// <param name="AssigneeName">The new owner's name, for the ledger row's name.</param>
/// <param name="ManagerId">Who escalations about this handover go to.</param>
/// <param name="TierName">The policy tier the SLA comes from.</param>
/// <param name="AssignedOn">The operation time: the SLA clock starts here.</param>
/// <param name="DueOn">AssignedOn plus the tier's business minutes on the assignee's calendar.</param>
/// <param name="Closures">Handovers of this lead that were still open; at most one when the ledger is healthy.</param>
/// <param name="RepProfileToStamp">The assignee's rep profile, whose last-assigned time moves to AssignedOn (fair rotation).</param>
/// <param name="FirstTouch">The first-touch activity, for tiers that ask for one.</param>
public sealed record HandoverPlan(
    LeadForHandover Lead,
    RoutingDecision Decision,
    string AssigneeName,
    Guid? ManagerId,
    string TierName,
    DateTime AssignedOn,
    DateTime DueOn,
    IReadOnlyList<HandoverClosure> Closures,
    Guid? RepProfileToStamp,
    FirstTouchPlan? FirstTouch);
