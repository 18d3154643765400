using System;

namespace Dataverse.LeadHandover.Domain.Routing;

/// <summary>
/// How the router weighs its three factors and treats thin history and absence. Each factor scores 0 to 1;
/// a rep's score is the weighted mean. Ties go to the rep who has waited longest, then to the lower user id.
/// </summary>
public sealed class RoutingPolicy
{
    private readonly double matchWeight = 0.5;
    private readonly double trackRecordWeight = 0.3;
    private readonly double rotationWeight = 0.2;
    private readonly int minimumSampleSize = 5;
    private readonly double trackRecordFloor = 0.5;
    private readonly double acknowledgementReferenceMinutes = 30;
    private readonly int catchUpTurns = 2;
    private readonly int runnersUpInReason = 2;

    /// <summary>Match 0.5, track record 0.3, rotation 0.2; history counts from 5 handovers; new reps at the team median.</summary>
    public static RoutingPolicy Default { get; } = new();

    /// <summary>Weight of how well the rep covers the lead's segment, territory, industry and products.</summary>
    public double MatchWeight
    {
        get => matchWeight;
        init => matchWeight = Weight(value, nameof(MatchWeight));
    }

    /// <summary>Weight of the rep's acknowledgement speed and conversion rate with this kind of lead.</summary>
    public double TrackRecordWeight
    {
        get => trackRecordWeight;
        init => trackRecordWeight = Weight(value, nameof(TrackRecordWeight));
    }

    /// <summary>Weight of how long the rep has waited since their last handover (fair rotation).</summary>
    public double RotationWeight
    {
        get => rotationWeight;
        init => rotationWeight = Weight(value, nameof(RotationWeight));
    }

    /// <summary>Handovers of a kind a rep must have had before their track record with it counts.</summary>
    public int MinimumSampleSize
    {
        get => minimumSampleSize;
        init => minimumSampleSize = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(MinimumSampleSize), value, "The minimum sample size is at least 1 handover.");
    }

    /// <summary>How reps below the minimum sample size are scored.</summary>
    public TrackRecordBaseline NewRepBaseline { get; init; } = TrackRecordBaseline.TeamMedian;

    /// <summary>The lowest track-record score a rep without enough history gets (0 to 1).</summary>
    public double TrackRecordFloor
    {
        get => trackRecordFloor;
        init => trackRecordFloor = value is >= 0 and <= 1 ? value : throw new ArgumentOutOfRangeException(nameof(TrackRecordFloor), value, "The track-record floor is between 0 and 1.");
    }

    /// <summary>
    /// The median acknowledgement time that scores 0.5 for speed: speed scores reference / (reference + median),
    /// so an instant acknowledgement scores 1 and slower ones tend to 0 without ever going negative.
    /// </summary>
    public double AcknowledgementReferenceMinutes
    {
        get => acknowledgementReferenceMinutes;
        init => acknowledgementReferenceMinutes = value > 0 && !double.IsInfinity(value) ? value : throw new ArgumentOutOfRangeException(nameof(AcknowledgementReferenceMinutes), value, "The acknowledgement reference is more than 0 minutes.");
    }

    /// <summary>
    /// Turns of waiting credited to a rep back from absence. Time away is not time waiting: they count as
    /// waiting since their return plus this many turns (a turn being the pool's recent time between handovers),
    /// so they rejoin ahead of roughly this many colleagues, never at the head of the queue after a long
    /// absence. A handover resets their wait, so that is one catch-up turn at most: never a flood.
    /// </summary>
    public int CatchUpTurns
    {
        get => catchUpTurns;
        init => catchUpTurns = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(CatchUpTurns), value, "Catch-up turns can't be negative.");
    }

    /// <summary>How many runners-up the reason names (0 to 5).</summary>
    public int RunnersUpInReason
    {
        get => runnersUpInReason;
        init => runnersUpInReason = value is >= 0 and <= 5 ? value : throw new ArgumentOutOfRangeException(nameof(RunnersUpInReason), value, "The reason names 0 to 5 runners-up.");
    }

    internal double TotalWeight => matchWeight + trackRecordWeight + rotationWeight;

    private static double Weight(double value, string name) =>
        value >= 0 && !double.IsInfinity(value) ? value : throw new ArgumentOutOfRangeException(name, value, "A weight is 0 or more.");
}
