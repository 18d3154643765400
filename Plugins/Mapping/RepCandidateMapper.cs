using System;
using Dataverse.LeadHandover.Domain.Routing;
using Dataverse.LeadHandover.Domain.Schema;
using Dataverse.LeadHandover.Domain.Sla;
using Dataverse.LeadHandover.Plugins.Handover;

namespace Dataverse.LeadHandover.Plugins.Mapping;

/// <summary>Turns a rep profile, its calendar and its ledger figures into the router's <see cref="RepCandidate"/>.</summary>
public static class RepCandidateMapper
{
    /// <summary>
    /// A profile without a capacity takes handovers without a limit: the column's maximum stands in, so an admin who
    /// hasn't set one yet doesn't silently stop a rep receiving leads.
    /// </summary>
    public const int UnsetCapacity = 1000;

    public static RepCandidate From(RepProfile profile, BusinessCalendar calendar, int openHandovers, RepTrackRecord? trackRecord)
    {
        if (profile is null)
        {
            throw new ArgumentNullException(nameof(profile));
        }

        return new RepCandidate(profile.UserId, profile.Name, calendar)
        {
            Availability = AvailabilityOf(profile.Availability),
            AwayUntilUtc = profile.AwayUntil,
            Capacity = Math.Max(0, profile.Capacity ?? UnsetCapacity),
            OpenHandovers = Math.Max(0, openHandovers),
            Segments = RoutingTermList.Split(profile.Segments),
            Territories = RoutingTermList.Split(profile.Territories),
            Skills = RoutingTermList.Split(profile.Skills),
            ManagerId = profile.ManagerId,
            LastAssignedUtc = profile.LastAssignedOn,
            TrackRecords = trackRecord is null ? Array.Empty<RepTrackRecord>() : new[] { trackRecord },
        };
    }

    public static RepAvailability AvailabilityOf(int? option) => option switch
    {
        Availability.Away => RepAvailability.Away,
        Availability.Offline => RepAvailability.Offline,
        _ => RepAvailability.Available,
    };
}
