using System;
using System.Collections.Generic;

namespace Dataverse.LeadHandover.Domain.Routing;

/// <summary>Who gets the lead, how they were chosen, and why, in words a manager can check.</summary>
public sealed class RoutingDecision
{
    /// <summary>The ledger's assignment reason column holds up to this many characters.</summary>
    public const int MaxReasonLength = 2000;

    internal RoutingDecision(RoutingDecisionKind kind, Guid assigneeId, bool assigneeIsQueue, Guid? managerId, string reason, IReadOnlyList<Guid> runnerUpIds)
    {
        Kind = kind;
        AssigneeId = assigneeId;
        AssigneeIsQueue = assigneeIsQueue;
        ManagerId = managerId;
        Reason = reason.Length <= MaxReasonLength ? reason : reason.Substring(0, MaxReasonLength - 1) + "…";
        RunnerUpIds = runnerUpIds;
    }

    public RoutingDecisionKind Kind { get; }

    /// <summary>The user (or, for a queue fallback, the queue) that now owns the lead.</summary>
    public Guid AssigneeId { get; }

    /// <summary>True only for a fallback to a queue.</summary>
    public bool AssigneeIsQueue { get; }

    /// <summary>True when nobody was eligible; <see cref="Reason"/> then says why.</summary>
    public bool IsFallback => Kind == RoutingDecisionKind.Fallback;

    /// <summary>The chosen rep's manager, for escalations; null for a fallback or a user without a rep profile.</summary>
    public Guid? ManagerId { get; }

    /// <summary>The deciding factors, for the ledger (at most <see cref="MaxReasonLength"/> characters). Contains names: never log it.</summary>
    public string Reason { get; }

    /// <summary>The next best eligible reps, best first (as many as the policy names in the reason).</summary>
    public IReadOnlyList<Guid> RunnerUpIds { get; }

    /// <summary>Kind and assignee id only: the reason holds names and stays out of logs.</summary>
    public override string ToString() => Kind + " to " + AssigneeId;
}
