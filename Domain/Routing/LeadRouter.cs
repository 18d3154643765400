using System;
using System.Collections.Generic;
using Dataverse.LeadHandover.Domain.Sla;

namespace Dataverse.LeadHandover.Domain.Routing;

/// <summary>
/// Chooses the rep for a handed-over lead: someone readily available with a proven track record for that
/// kind of lead, taking turns fairly, and says why in words.
/// </summary>
/// <remarks>
/// <para>Eligible: available, past any away-until time, inside their own working hours (their zone, hours and
/// holidays), below capacity, and not among the reps who rejected this lead.</para>
/// <para>Ranked by the weighted mean of match (<see cref="RoutingPolicy.MatchWeight"/>), bounded track record
/// with a baseline for thin history (<see cref="RoutingPolicy.TrackRecordWeight"/>) and fair rotation
/// (<see cref="RoutingPolicy.RotationWeight"/>); ties by longest wait, then lower user id.</para>
/// <para>Rejections are neutral. A rep who rejected the lead is only left out of this decision: they are not
/// counted in the rotation, the catch-up line or the team median, and the reps who remain are ranked exactly
/// as they would be without them. Nothing here records the rejection against anyone; the caller keeps it
/// neutral too by leaving rejected handovers out of track records and, when the rejecting rep's last-assigned
/// time was stamped for this lead, restoring it from their previous handover on the ledger.</para>
/// <para>A manager's explicit choice is always honoured, eligible or not, and said so. When nobody is eligible
/// the lead goes to the caller's fallback with the reasons counted; that is a decision, not an error.</para>
/// <para>Cost: two passes over the reps and a top-k of 1 + runners-up, skipping reps who can't reach it;
/// no sorting, no per-rep allocation.</para>
/// </remarks>
public static class LeadRouter
{
    public static RoutingDecision Decide(
        LeadRoutingProfile lead,
        IReadOnlyList<RepCandidate> reps,
        RoutingPolicy policy,
        DateTime nowUtc,
        Guid? explicitOwnerChosenByManager,
        FallbackTarget fallback,
        IReadOnlyCollection<Guid>? excludedReps)
    {
        if (lead is null)
        {
            throw new ArgumentNullException(nameof(lead));
        }

        if (reps is null)
        {
            throw new ArgumentNullException(nameof(reps));
        }

        if (policy is null)
        {
            throw new ArgumentNullException(nameof(policy));
        }

        if (fallback is null)
        {
            throw new ArgumentNullException(nameof(fallback));
        }

        var now = UtcTime.Require(nowUtc, nameof(nowUtc));
        var eligibility = new EligibilityCheck(now, excludedReps);
        if (explicitOwnerChosenByManager is Guid owner)
        {
            return ManagerChoice(owner, reps, eligibility, now);
        }

        var tally = new IneligibleTally();
        var rotation = new RotationLine(policy.CatchUpTurns);
        var median = policy.NewRepBaseline == TrackRecordBaseline.TeamMedian ? new TrackRecordMedian(reps.Count) : null;
        for (var i = 0; i < reps.Count; i++)
        {
            var rep = reps[i] ?? throw new ArgumentException("Rep " + i + " is missing.", nameof(reps));
            var status = eligibility.Of(rep);
            if (status != RepEligibility.Eligible)
            {
                tally.Add(status);
                continue;
            }

            rotation.Observe(rep);
            if (median is not null && median.Samples(rep.UserId) && TrackRecordScore.Of(rep, lead, policy) is double score)
            {
                median.Add(score);
            }
        }

        if (rotation.Eligible == 0)
        {
            return new RoutingDecision(
                RoutingDecisionKind.Fallback,
                fallback.Id,
                fallback.Kind == FallbackTargetKind.Queue,
                null,
                RoutingReason.Fallback(tally, reps.Count, fallback),
                Array.Empty<Guid>());
        }

        rotation.Close(now);
        // Reps without enough history score as the team median, never below the floor.
        var baseline = policy.TrackRecordFloor;
        var baselineIsTeamMedian = false;
        if (median?.Value() is double teamMedian && teamMedian > baseline)
        {
            baseline = teamMedian;
            baselineIsTeamMedian = true;
        }

        var context = new RoutedContext(lead, reps, policy, now, rotation, baseline, baselineIsTeamMedian);
        var top = new TopCandidates(Math.Min(1 + policy.RunnersUpInReason, rotation.Eligible));
        for (var i = 0; i < reps.Count; i++)
        {
            var rep = reps[i];
            if (eligibility.Of(rep) != RepEligibility.Eligible)
            {
                continue;
            }

            // Cheapest factor first; once the top list is full, a rep who can't reach it even with a perfect
            // score on the factors still unknown is skipped. Exact: the bound is never below the real score.
            var effective = rotation.EffectiveTicks(rep);
            var rotationScore = rotation.Score(effective);
            if (top.IsFull && context.Score(1, 1, rotationScore) < top.Threshold)
            {
                continue;
            }

            var trackRecord = context.TrackRecordOf(rep);
            if (top.IsFull && context.Score(1, trackRecord, rotationScore) < top.Threshold)
            {
                continue;
            }

            top.Offer(i, context.Score(MatchScore.Of(lead, rep), trackRecord, rotationScore), effective, RotationLine.Own(rep), rep.UserId);
        }

        var chosen = reps[top.IndexAt(0)];
        var runnersUp = new Guid[top.Count - 1];
        for (var rank = 1; rank < top.Count; rank++)
        {
            runnersUp[rank - 1] = reps[top.IndexAt(rank)].UserId;
        }

        return new RoutingDecision(RoutingDecisionKind.Routed, chosen.UserId, false, chosen.ManagerId, RoutingReason.Routed(context, top), runnersUp);
    }

    private static RoutingDecision ManagerChoice(Guid owner, IReadOnlyList<RepCandidate> reps, EligibilityCheck eligibility, DateTime now)
    {
        RepCandidate? rep = null;
        for (var i = 0; i < reps.Count && rep is null; i++)
        {
            if (reps[i]?.UserId == owner)
            {
                rep = reps[i];
            }
        }

        var status = rep is null ? RepEligibility.Eligible : eligibility.Of(rep);
        return new RoutingDecision(
            RoutingDecisionKind.ManagerChoice,
            owner,
            false,
            rep?.ManagerId,
            RoutingReason.ManagerChoice(owner, rep, status, now),
            Array.Empty<Guid>());
    }
}
