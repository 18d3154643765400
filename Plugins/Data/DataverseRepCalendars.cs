using System;
using Dataverse.LeadHandover.Domain.Schema;
using Dataverse.LeadHandover.Domain.Sla;
using Dataverse.LeadHandover.Plugins.Handover;
using Dataverse.LeadHandover.Plugins.Mapping;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.LeadHandover.Plugins.Data;

/// <summary>One user's calendar: their active rep profile's, else <see cref="RepCalendarResolver.Fallback"/>.</summary>
public sealed class DataverseRepCalendars : IRepCalendars
{
    private readonly IOrganizationService _service;

    public DataverseRepCalendars(IOrganizationService service) =>
        _service = service ?? throw new ArgumentNullException(nameof(service));

    public BusinessCalendar CalendarOf(Guid userId)
    {
        var calendars = new DataverseCalendarCatalogue(_service).Active();
        var mapper = new RepCalendarResolver(calendars);
        var query = new QueryExpression(RepProfileSchema.EntityName) { ColumnSet = new ColumnSet(Columns()), TopCount = 1 };
        query.Criteria.AddCondition(RepProfileSchema.UserId, ConditionOperator.Equal, userId);
        query.Criteria.AddCondition(RepProfileSchema.StateCode, ConditionOperator.Equal, 0);
        var rows = _service.RetrieveMultiple(query).Entities;
        var profile = rows.Count == 0 ? null : RepProfileRowMapper.FromRow(rows[0]);
        return (profile is null ? null : mapper.For(profile.TimeZone, profile.WorkingHours, profile.CalendarId)) ?? mapper.Fallback();
    }

    private static string[] Columns()
    {
        var columns = new string[RepProfileRowMapper.Columns.Count];
        for (var i = 0; i < columns.Length; i++)
        {
            columns[i] = RepProfileRowMapper.Columns[i];
        }

        return columns;
    }
}
