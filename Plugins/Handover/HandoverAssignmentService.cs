using System;
using System.Collections.Generic;
using System.Globalization;
using Dataverse.LeadHandover.Domain.Intake;
using Dataverse.LeadHandover.Domain.Qualification;
using Dataverse.LeadHandover.Domain.Routing;
using Dataverse.LeadHandover.Domain.Schema;
using Dataverse.LeadHandover.Domain.Sla;
using Dataverse.LeadHandover.Plugins.Data;
using Dataverse.LeadHandover.Plugins.Mapping;

namespace Dataverse.LeadHandover.Plugins.Handover;

/// <summary>
/// Decides the handover a lead change calls for: who gets the lead (the router, or a manager's explicit choice),
/// the SLA due time on the assignee's calendar, what the new ledger row closes and what first touch it creates.
/// Pure given its readers, so the same decision runs in a plug-in, a custom API and a benchmark.
/// </summary>
/// <remarks>
/// Fallback, when no rep is eligible: after a rejection the rejected handover's manager; then the manager of the lead's
/// owner (systemuser.parentsystemuserid), the lead's owner, the manager of whoever made the request, and that user;
/// never someone who rejected the lead while anyone else is left.
/// The lead is never refused for want of a rep; the ledger row says why.
/// A fallback creates no first touch: the manager passes the lead on, and that handover creates it.
/// </remarks>
public sealed class HandoverAssignmentService
{
    private readonly IHandoverPolicySource _policy;
    private readonly IRepRoster _roster;
    private readonly IHandoverLedger _ledger;
    private readonly IUserDirectory _users;
    private readonly ICallerRoles _roles;

    public HandoverAssignmentService(IHandoverPolicySource policy, IRepRoster roster, IHandoverLedger ledger, IUserDirectory users, ICallerRoles roles)
    {
        _policy = policy ?? throw new ArgumentNullException(nameof(policy));
        _roster = roster ?? throw new ArgumentNullException(nameof(roster));
        _ledger = ledger ?? throw new ArgumentNullException(nameof(ledger));
        _users = users ?? throw new ArgumentNullException(nameof(users));
        _roles = roles ?? throw new ArgumentNullException(nameof(roles));
    }

    /// <summary>
    /// The handover for a lead that became sales ready, or whose owner a manager changed; null when the change calls
    /// for none (not sales ready, an owner change by someone who isn't a manager, or the owner already has it).
    /// </summary>
    public HandoverPlan? PlanFor(LeadAssignmentChange change)
    {
        if (change is null)
        {
            throw new ArgumentNullException(nameof(change));
        }

        var lead = change.Lead;
        if (!lead.IsSalesReady)
        {
            return null;
        }

        var managerChoice = change.OwnerSent is Guid owner && SalesManagerRole.IsHeldBy(_roles, change.InitiatingUserId) ? owner : (Guid?)null;
        if (!change.BecameSalesReady && managerChoice is null)
        {
            return null;
        }

        var open = _ledger.OpenFor(lead.LeadId);
        if (!change.BecameSalesReady && HasOpenFor(open, managerChoice!.Value))
        {
            return null;
        }

        return Plan(lead, managerChoice, Array.Empty<Guid>(), open, change.OperationTime, change.InitiatingUserId);
    }

    /// <summary>The next handover after a rejection: routed without anyone who has rejected this lead.</summary>
    public HandoverPlan PlanAfterRejection(LeadForHandover lead, HandoverRow rejected, IReadOnlyCollection<Guid> excludedReps, DateTime nowUtc, Guid callerId)
    {
        if (lead is null)
        {
            throw new ArgumentNullException(nameof(lead));
        }

        if (rejected is null)
        {
            throw new ArgumentNullException(nameof(rejected));
        }

        return Plan(
            lead, null, excludedReps ?? throw new ArgumentNullException(nameof(excludedReps)), _ledger.OpenFor(lead.LeadId), nowUtc, callerId, rejected.ManagerId);
    }

    /// <summary>The policy tier of a lead: its stamped lh_tier, else the tier its rating falls in.</summary>
    public static QualificationTier TierOf(LeadForHandover lead, HandoverPolicy policy)
    {
        if (lead is null)
        {
            throw new ArgumentNullException(nameof(lead));
        }

        if (policy is null)
        {
            throw new ArgumentNullException(nameof(policy));
        }

        var name = LeadTierNames.NameOf(lead.TierOption);
        return (name is null ? null : policy.FindTier(name)) ?? policy.TierFor(new LeadFacts { LeadQualityCode = lead.LeadQualityCode });
    }

    private HandoverPlan Plan(
        LeadForHandover lead,
        Guid? managerChoice,
        IReadOnlyCollection<Guid> excluded,
        IReadOnlyList<HandoverRow> open,
        DateTime now,
        Guid callerId,
        Guid? previousManagerId = null)
    {
        var tier = TierOf(lead, _policy.Current());
        var roster = _roster.Load(lead, tier.Name, now);
        var decision = LeadRouter.Decide(
            LeadRoutingProfileMapper.From(lead, tier.Name),
            roster.Candidates,
            RoutingPolicy.Default,
            now,
            managerChoice,
            FallbackFor(lead, callerId, previousManagerId, excluded),
            excluded);

        var assignee = decision.AssigneeId;
        var rep = roster.Find(assignee);
        var user = rep is not null && decision.ManagerId is not null ? null : _users.Find(assignee);
        var assigneeName = rep?.DisplayName ?? user?.Name ?? assignee.ToString();
        var due = SlaClock.DueAt(now, tier.SlaBusinessMinutes, roster.CalendarOf(assignee));
        var closures = new List<HandoverClosure>(open.Count);
        foreach (var handover in open)
        {
            closures.Add(new HandoverClosure(handover.Id, HandoverStatus.Reassigned, ReassignedReason(decision, assigneeName, now)));
        }

        return new HandoverPlan(
            lead,
            decision,
            assigneeName,
            decision.ManagerId ?? user?.ManagerId,
            tier.Name,
            now,
            due,
            closures,
            decision.IsFallback ? null : roster.ProfileIdOf(assignee),
            FirstTouchFor(decision, tier, lead, due));
    }

    /// <summary>
    /// The first of: the previous handover's manager, the lead owner's manager, the lead owner, the caller's manager and
    /// the caller, leaving out anyone who rejected this lead; when all of them did, the first anyway.
    /// </summary>
    private FallbackTarget FallbackFor(LeadForHandover lead, Guid callerId, Guid? previousManagerId, IReadOnlyCollection<Guid> excluded)
    {
        var owner = lead.OwnerId is Guid ownerId ? _users.Find(ownerId) : null;
        var caller = owner?.Id == callerId ? owner : _users.Find(callerId);
        // No tuples: the net462 sandbox build has no System.ValueTuple, and the plug-in ships nothing but the SDK.
        var ids = new[] { previousManagerId, owner?.ManagerId, owner?.Id, caller?.ManagerId, (Guid?)callerId };
        var roles = new[] { "manager of the previous handover", "manager of the lead's owner", "the lead's owner", "manager of whoever made this request", "who made this request" };
        var chosen = -1;
        for (var i = 0; i < ids.Length; i++)
        {
            if (ids[i] is not Guid userId)
            {
                continue;
            }

            if (!Contains(excluded, userId))
            {
                chosen = i;
                break;
            }

            if (chosen < 0)
            {
                chosen = i;
            }
        }

        var targetId = ids[chosen]!.Value;
        var known = targetId == owner?.Id ? owner : targetId == caller?.Id ? caller : _users.Find(targetId);
        return FallbackTarget.TeamManager(targetId, (known?.Name ?? targetId.ToString()) + " (" + roles[chosen] + ")");
    }

    private static bool Contains(IReadOnlyCollection<Guid> ids, Guid id)
    {
        foreach (var candidate in ids)
        {
            if (candidate == id)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasOpenFor(IReadOnlyList<HandoverRow> open, Guid userId)
    {
        foreach (var handover in open)
        {
            if (handover.RepId == userId)
            {
                return true;
            }
        }

        return false;
    }

    private static FirstTouchPlan? FirstTouchFor(RoutingDecision decision, QualificationTier tier, LeadForHandover lead, DateTime due)
    {
        if (decision.IsFallback || tier.FirstTouch == FirstTouch.None)
        {
            return null;
        }

        var what = tier.FirstTouch == FirstTouch.PhoneCall ? "Call" : "Contact";
        return new FirstTouchPlan(
            tier.FirstTouch,
            decision.AssigneeId,
            "First touch: " + lead.Name,
            string.Format(
                CultureInfo.InvariantCulture,
                "{0} this {1} lead by {2:yyyy-MM-dd HH:mm} UTC: the tier's SLA is {3} business minutes from the handover.",
                what,
                tier.Name,
                due,
                tier.SlaBusinessMinutes),
            due);
    }

    private static string ReassignedReason(RoutingDecision decision, string assigneeName, DateTime now) =>
        string.Format(
            CultureInfo.InvariantCulture,
            "Reassigned on {0:yyyy-MM-dd HH:mm} UTC to {1} ({2}).",
            now,
            assigneeName,
            decision.Kind switch
            {
                RoutingDecisionKind.ManagerChoice => "a manager's choice",
                RoutingDecisionKind.Fallback => "fallback: nobody was eligible",
                _ => "routed",
            });
}
