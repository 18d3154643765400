using System;
using System.Collections.Generic;
using System.Linq;
using Dataverse.LeadHandover.Domain.Schema;
using Dataverse.LeadHandover.Domain.Sla;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.LeadHandover.Sandbox.Sla;

/// <summary>
/// A rep's business calendar as the plug-ins build it: the profile's time zone and working hours, each falling back
/// to the profile's business calendar, with that calendar's holidays.
/// </summary>
internal sealed class RepCalendars(IOrganizationService system)
{
    private readonly Dictionary<Guid, BusinessCalendar?> byRep = [];

    public BusinessCalendar? For(Guid repUserId)
    {
        if (byRep.TryGetValue(repUserId, out var known))
        {
            return known;
        }

        var profiles = new QueryExpression(RepProfileSchema.EntityName)
        {
            ColumnSet = new ColumnSet(RepProfileSchema.TimeZone, RepProfileSchema.WorkingHours, RepProfileSchema.CalendarId),
            TopCount = 1,
        };
        profiles.Criteria.AddCondition(RepProfileSchema.UserId, ConditionOperator.Equal, repUserId);
        var profile = system.RetrieveMultiple(profiles).Entities.FirstOrDefault();
        var calendarId = profile?.GetAttributeValue<EntityReference>(RepProfileSchema.CalendarId)?.Id;
        var calendar = calendarId is Guid id ? system.Retrieve(BusinessCalendarSchema.EntityName, id, new ColumnSet(BusinessCalendarSchema.TimeZone, BusinessCalendarSchema.WorkingHours)) : null;
        var zone = Text(profile?.GetAttributeValue<string>(RepProfileSchema.TimeZone)) ?? Text(calendar?.GetAttributeValue<string>(BusinessCalendarSchema.TimeZone));
        var hours = Text(profile?.GetAttributeValue<string>(RepProfileSchema.WorkingHours)) ?? Text(calendar?.GetAttributeValue<string>(BusinessCalendarSchema.WorkingHours));
        BusinessCalendar? built = null;
        if (zone is not null && hours is not null)
        {
            try
            {
                built = new BusinessCalendar(zone, hours, calendarId is Guid calendarRow ? Holidays(calendarRow) : null);
            }
            catch (Exception exception) when (exception is ArgumentException or FormatException)
            {
                built = null;
            }
        }

        byRep[repUserId] = built;
        return built;
    }

    private List<DateTime> Holidays(Guid calendarId)
    {
        var query = new QueryExpression(HolidaySchema.EntityName) { ColumnSet = new ColumnSet(HolidaySchema.Date) };
        query.Criteria.AddCondition(HolidaySchema.CalendarId, ConditionOperator.Equal, calendarId);
        return system.RetrieveMultiple(query).Entities.Select(row => row.GetAttributeValue<DateTime?>(HolidaySchema.Date)).OfType<DateTime>().ToList();
    }

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
