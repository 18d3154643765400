namespace Dataverse.LeadHandover.Domain.Routing;

/// <summary>How a rep without enough history for a kind of lead is scored, so new reps still get leads.</summary>
public enum TrackRecordBaseline
{
    /// <summary>At <see cref="RoutingPolicy.TrackRecordFloor"/>.</summary>
    Floor,

    /// <summary>As the median of the eligible reps who have enough history, never below the floor.</summary>
    TeamMedian,
}
