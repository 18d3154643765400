using System;
using System.Collections.Generic;
using Dataverse.LeadHandover.Domain.Routing;
using Dataverse.LeadHandover.Domain.Sla;
using Dataverse.LeadHandover.Domain.Tests.Sla;

namespace Dataverse.LeadHandover.Domain.Tests.Routing;

/// <summary>
/// Builds reps who are eligible at <see cref="Now"/> unless told otherwise: available, in London office
/// hours, 0 of 8 open, no coverage, no history, last assigned a day ago (so rotation ties until a test says).
/// </summary>
internal sealed class RepCandidateBuilder
{
    /// <summary>Monday 2 June 2025 10:00 UTC: 11:00 in London, 12:00 in Berlin, 06:00 in New York, 20:00 in Sydney.</summary>
    public static readonly DateTime Now = Calendars.Utc(2025, 6, 2, 10, 0);

    public static readonly BusinessCalendar London = Calendars.LondonOffice();
    public static readonly BusinessCalendar NewYork = Calendars.NewYorkOffice();
    public static readonly BusinessCalendar Berlin = new("W. Europe Standard Time", Calendars.OfficeHours);
    public static readonly BusinessCalendar Sydney = new("AUS Eastern Standard Time", Calendars.OfficeHours);

    private readonly Guid userId;
    private readonly string name;
    private readonly List<RepTrackRecord> trackRecords = new();
    private BusinessCalendar calendar = London;
    private RepAvailability availability = RepAvailability.Available;
    private DateTime? awayUntil;
    private int capacity = 8;
    private int open;
    private string[] segments = Array.Empty<string>();
    private string[] territories = Array.Empty<string>();
    private string[] skills = Array.Empty<string>();
    private DateTime? lastAssigned = Now.AddDays(-1);

    private RepCandidateBuilder(int number, string name)
    {
        userId = RoutingIds.Rep(number);
        this.name = name;
    }

    public static RepCandidateBuilder Rep(int number, string name) => new(number, name);

    public RepCandidateBuilder In(BusinessCalendar repCalendar)
    {
        calendar = repCalendar;
        return this;
    }

    public RepCandidateBuilder With(RepAvailability repAvailability)
    {
        availability = repAvailability;
        return this;
    }

    public RepCandidateBuilder AwayUntil(DateTime? utc)
    {
        awayUntil = utc;
        return this;
    }

    public RepCandidateBuilder Holding(int openHandovers, int ofCapacity)
    {
        open = openHandovers;
        capacity = ofCapacity;
        return this;
    }

    public RepCandidateBuilder Covering(string[]? segmentNames = null, string[]? territoryNames = null, string[]? skillNames = null)
    {
        segments = segmentNames ?? segments;
        territories = territoryNames ?? territories;
        skills = skillNames ?? skills;
        return this;
    }

    public RepCandidateBuilder LastAssigned(DateTime? utc)
    {
        lastAssigned = utc;
        return this;
    }

    public RepCandidateBuilder LastAssignedAgo(TimeSpan ago) => LastAssigned(Now - ago);

    /// <summary>A Web/Hot track record unless another source or tier is given.</summary>
    public RepCandidateBuilder WithRecord(int handovers, int acknowledgements, double medianMinutes, int conversions, Guid? sourceId = null, string tier = "Hot")
    {
        trackRecords.Add(new RepTrackRecord(sourceId ?? RoutingIds.WebSource, tier, handovers, acknowledgements, medianMinutes, conversions));
        return this;
    }

    public RepCandidate Build() => new(userId, name, calendar)
    {
        Availability = availability,
        AwayUntilUtc = awayUntil,
        Capacity = capacity,
        OpenHandovers = open,
        Segments = segments,
        Territories = territories,
        Skills = skills,
        ManagerId = RoutingIds.Manager(1),
        LastAssignedUtc = lastAssigned,
        TrackRecords = trackRecords.ToArray(),
    };
}
