using Dataverse.LeadHandover.Domain.Sla;
using System;
using System.Collections.Generic;
using System.Globalization;
using Dataverse.LeadHandover.Domain.Routing;
using Dataverse.LeadHandover.Domain.Schema;
using Dataverse.LeadHandover.Plugins.Handover;
using Dataverse.LeadHandover.Plugins.Mapping;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.LeadHandover.Plugins.Data;

/// <summary>
/// The roster in a fixed number of queries whatever the team's size: active profiles (paged), calendars and
/// holidays, awaiting handovers by rep and the track record by rep (both aggregates).
/// </summary>
public sealed class DataverseRepRoster : IRepRoster
{
    private readonly IOrganizationService _service;
    private readonly Action<string> _trace;

    public DataverseRepRoster(IOrganizationService service, Action<string> trace)
    {
        _service = service ?? throw new ArgumentNullException(nameof(service));
        _trace = trace ?? throw new ArgumentNullException(nameof(trace));
    }

    public RepRoster Load(LeadForHandover lead, string tierName, DateTime nowUtc)
    {
        if (lead is null)
        {
            throw new ArgumentNullException(nameof(lead));
        }

        var calendars = new DataverseCalendarCatalogue(_service).Active();
        var calendarMapper = new RepCalendarResolver(calendars);
        var statistics = new DataverseHandoverStatistics(_service);
        var awaiting = statistics.AwaitingByRep();
        var tierOption = lead.TierOption ?? LeadTierNames.OptionOf(tierName);
        var records = lead.SourceId is Guid source && tierOption is int tier
            ? statistics.TrackRecords(source, tier, tierName, nowUtc.AddDays(-DataverseHandoverStatistics.TrackRecordDays))
            : new Dictionary<Guid, RepTrackRecord>();

        var candidates = new List<RepCandidate>();
        var profileIds = new Dictionary<Guid, Guid>();
        foreach (var row in QueryPages.All(_service, ProfilesQuery()))
        {
            var profile = RepProfileRowMapper.FromRow(row);
            if (profile is null || profileIds.ContainsKey(profile.UserId))
            {
                continue;
            }

            var calendar = calendarMapper.For(profile.TimeZone, profile.WorkingHours, profile.CalendarId);
            if (calendar is null)
            {
                _trace(string.Format(CultureInfo.InvariantCulture, "Rep profile {0} has no readable time zone and working hours; left out of routing.", profile.ProfileId));
                continue;
            }

            profileIds[profile.UserId] = profile.ProfileId;
            candidates.Add(RepCandidateMapper.From(
                profile,
                calendar,
                awaiting.TryGetValue(profile.UserId, out var open) ? open : 0,
                records.TryGetValue(profile.UserId, out var record) ? record : null));
        }

        return new RepRoster(candidates, profileIds, calendarMapper.Fallback());
    }

    private static QueryExpression ProfilesQuery()
    {
        var columns = new string[RepProfileRowMapper.Columns.Count];
        for (var i = 0; i < columns.Length; i++)
        {
            columns[i] = RepProfileRowMapper.Columns[i];
        }

        var query = new QueryExpression(RepProfileSchema.EntityName) { ColumnSet = new ColumnSet(columns) };
        query.Criteria.AddCondition(RepProfileSchema.StateCode, ConditionOperator.Equal, 0);

        // A stable order keeps paging and tie-breaks the same run after run.
        query.AddOrder(RepProfileSchema.RepProfileId, OrderType.Ascending);
        return query;
    }
}
