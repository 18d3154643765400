using System;

namespace Dataverse.LeadHandover.Plugins.Handover;

/// <summary>One active lh_repprofile row, as plain values; <see cref="Mapping.RepCandidateMapper"/> turns it into a router candidate.</summary>
public sealed record RepProfile(Guid ProfileId, Guid UserId, string Name)
{
    /// <summary>lh_availability; values in <c>Availability</c>.</summary>
    public int? Availability { get; init; }

    public DateTime? AwayUntil { get; init; }

    public int? Capacity { get; init; }

    public string? Segments { get; init; }

    public string? Territories { get; init; }

    public string? Skills { get; init; }

    public string? TimeZone { get; init; }

    public string? WorkingHours { get; init; }

    public Guid? ManagerId { get; init; }

    public DateTime? LastAssignedOn { get; init; }

    public Guid? CalendarId { get; init; }
}
