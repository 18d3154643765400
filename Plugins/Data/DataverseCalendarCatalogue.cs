using Dataverse.LeadHandover.Domain.Sla;
using System;
using System.Collections.Generic;
using Dataverse.LeadHandover.Domain.Schema;
using Dataverse.LeadHandover.Plugins.Handover;
using Dataverse.LeadHandover.Plugins.Mapping;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.LeadHandover.Plugins.Data;

/// <summary>The active business calendars with their active holidays: two queries, however many reps share them.</summary>
public sealed class DataverseCalendarCatalogue
{
    private readonly IOrganizationService _service;

    public DataverseCalendarCatalogue(IOrganizationService service) =>
        _service = service ?? throw new ArgumentNullException(nameof(service));

    public IReadOnlyList<CalendarDefinition> Active()
    {
        var calendars = new QueryExpression(BusinessCalendarSchema.EntityName)
        {
            ColumnSet = new ColumnSet(BusinessCalendarSchema.Name, BusinessCalendarSchema.TimeZone, BusinessCalendarSchema.WorkingHours),
        };
        calendars.Criteria.AddCondition(BusinessCalendarSchema.StateCode, ConditionOperator.Equal, 0);
        var calendarRows = QueryPages.All(_service, calendars);
        if (calendarRows.Count == 0)
        {
            return Array.Empty<CalendarDefinition>();
        }

        var holidays = new QueryExpression(HolidaySchema.EntityName) { ColumnSet = new ColumnSet(HolidaySchema.CalendarId, HolidaySchema.Date) };
        holidays.Criteria.AddCondition(HolidaySchema.StateCode, ConditionOperator.Equal, 0);
        var datesByCalendar = new Dictionary<Guid, List<DateTime>>();
        foreach (var holiday in QueryPages.All(_service, holidays))
        {
            var calendar = holiday.GetAttributeValue<EntityReference>(HolidaySchema.CalendarId);
            var date = holiday.GetAttributeValue<DateTime?>(HolidaySchema.Date);
            if (calendar is null || date is null)
            {
                continue;
            }

            if (!datesByCalendar.TryGetValue(calendar.Id, out var dates))
            {
                dates = new List<DateTime>();
                datesByCalendar[calendar.Id] = dates;
            }

            dates.Add(date.Value);
        }

        var result = new List<CalendarDefinition>(calendarRows.Count);
        foreach (var row in calendarRows)
        {
            result.Add(new CalendarDefinition(
                row.Id,
                row.GetAttributeValue<string>(BusinessCalendarSchema.Name) ?? string.Empty,
                row.GetAttributeValue<string>(BusinessCalendarSchema.TimeZone),
                row.GetAttributeValue<string>(BusinessCalendarSchema.WorkingHours),
                datesByCalendar.TryGetValue(row.Id, out var dates) ? dates : (IReadOnlyList<DateTime>)Array.Empty<DateTime>()));
        }

        return result;
    }
}
