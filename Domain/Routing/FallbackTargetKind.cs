namespace Dataverse.LeadHandover.Domain.Routing;

/// <summary>Who gets a lead nobody is eligible for.</summary>
public enum FallbackTargetKind
{
    /// <summary>A user: the team's manager, who assigns it by hand.</summary>
    TeamManager,

    /// <summary>A queue, worked by whoever is on duty.</summary>
    Queue,
}
