using System;
using System.Collections.Generic;

namespace Dataverse.LeadHandover.Domain.Routing;

/// <summary>What one routing decision knows after its first pass, shared by scoring and the reason.</summary>
internal sealed class RoutedContext
{
    public RoutedContext(LeadRoutingProfile lead, IReadOnlyList<RepCandidate> reps, RoutingPolicy policy, DateTime nowUtc, RotationLine rotation, double baseline, bool baselineIsTeamMedian)
    {
        Lead = lead;
        Reps = reps;
        Policy = policy;
        NowUtc = nowUtc;
        Rotation = rotation;
        Baseline = baseline;
        BaselineIsTeamMedian = baselineIsTeamMedian;
    }

    public LeadRoutingProfile Lead { get; }

    public IReadOnlyList<RepCandidate> Reps { get; }

    public RoutingPolicy Policy { get; }

    public DateTime NowUtc { get; }

    public RotationLine Rotation { get; }

    /// <summary>The track-record score of reps without enough history.</summary>
    public double Baseline { get; }

    /// <summary>True when <see cref="Baseline"/> is the team median; false when it is the policy's floor.</summary>
    public bool BaselineIsTeamMedian { get; }

    public double TrackRecordOf(RepCandidate rep) => TrackRecordScore.Of(rep, Lead, Policy) ?? Baseline;

    /// <summary>
    /// The weighted mean of match, track record and rotation, 0 to 1. Always summed in this order, so raising
    /// any factor never lowers the result: an upper bound computed with a factor at 1 is a true bound.
    /// </summary>
    public double Score(double match, double trackRecord, double rotation)
    {
        var weights = Policy.TotalWeight;
        return weights <= 0
            ? 0
            : ((Policy.MatchWeight * match) + (Policy.TrackRecordWeight * trackRecord) + (Policy.RotationWeight * rotation)) / weights;
    }
}
