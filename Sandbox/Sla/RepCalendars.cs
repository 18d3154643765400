using System;
using System.Collections.Generic;
using System.Linq;
using Dataverse.LeadHandover.Domain.Schema;
using Dataverse.LeadHandover.Domain.Sla;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.LeadHandover.Sandbox.Sla;

/// <summary>
/// A rep's business calendar for the clock page's ladder preview, resolved by the shared
/// <see cref="RepCalendarResolver"/> from the rep's profile.
/// </summary>
internal sealed class RepCalendars(IOrganizationService system)
{
    private readonly Dictionary<Guid, BusinessCalendar?> byRep = [];
    private RepCalendarResolver? resolver;

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

        // The same rule the plug-ins stamp the due time with and the sweep steps the ladder with.
        var built = profile is null ? null : Resolver().For(
            profile.GetAttributeValue<string>(RepProfileSchema.TimeZone),
            profile.GetAttributeValue<string>(RepProfileSchema.WorkingHours),
            profile.GetAttributeValue<EntityReference>(RepProfileSchema.CalendarId)?.Id);
        byRep[repUserId] = built;
        return built;
    }

    private RepCalendarResolver Resolver()
    {
        if (resolver is not null)
        {
            return resolver;
        }

        var calendars = system.RetrieveMultiple(new QueryExpression(BusinessCalendarSchema.EntityName)
        {
            ColumnSet = new ColumnSet(BusinessCalendarSchema.Name, BusinessCalendarSchema.TimeZone, BusinessCalendarSchema.WorkingHours),
            Criteria = { Conditions = { new ConditionExpression(BusinessCalendarSchema.StateCode, ConditionOperator.Equal, 0) } },
        }).Entities;
        var holidays = system.RetrieveMultiple(new QueryExpression(HolidaySchema.EntityName) { ColumnSet = new ColumnSet(HolidaySchema.Date, HolidaySchema.CalendarId) }).Entities;
        resolver = new RepCalendarResolver(calendars.Select(row => new CalendarDefinition(
            row.Id,
            row.GetAttributeValue<string>(BusinessCalendarSchema.Name) ?? string.Empty,
            row.GetAttributeValue<string>(BusinessCalendarSchema.TimeZone),
            row.GetAttributeValue<string>(BusinessCalendarSchema.WorkingHours),
            holidays.Where(h => h.GetAttributeValue<EntityReference>(HolidaySchema.CalendarId)?.Id == row.Id)
                .Select(h => h.GetAttributeValue<DateTime?>(HolidaySchema.Date))
                .OfType<DateTime>()
                .ToList())));
        return resolver;
    }
}
