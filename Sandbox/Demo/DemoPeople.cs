using System;
using System.Collections.Generic;
using System.Globalization;
using Dataverse.LeadHandover.Domain.Schema;
using Dataverse.LeadHandover.Sandbox.Organization;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.Sandbox.Demo;

/// <summary>
/// Adds <see cref="DemoRoster"/> to an organization the way an admin sets it up: users with their managers
/// (<c>systemuser.parentsystemuserid</c>), sign-in names and Entra object ids, business calendars with holidays, and
/// one rep profile per rep. Marketing's user reports to the EMEA manager, who therefore receives fallbacks.
/// </summary>
internal sealed class DemoPeople
{
    private readonly Dictionary<string, Guid> usersByName = new(StringComparer.Ordinal);

    private DemoPeople()
    {
    }

    public Guid this[string fullName] => usersByName[fullName];

    public static DemoPeople Add(SandboxOrganization organization, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(organization);
        var people = new DemoPeople();
        var system = organization.System;
        foreach (var (name, reportsTo) in DemoRoster.Managers)
        {
            people.AddUser(organization, name, reportsTo, null, null, SandboxUsers.SalesManagerRole);
        }

        system.Update(new Entity("systemuser", organization.Users.MarketingUserId)
        {
            ["parentsystemuserid"] = new EntityReference("systemuser", people[DemoRoster.EmeaManager]),
        });

        var calendars = new Dictionary<string, Guid>(StringComparer.Ordinal);
        foreach (var calendar in DemoRoster.Calendars)
        {
            calendars[calendar.Name] = AddCalendar(system, calendar);
        }

        foreach (var rep in DemoRoster.Reps)
        {
            var userId = people.AddUser(organization, rep.Name, rep.Manager, rep.UserPrincipalName, rep.EntraObjectId, SandboxUsers.SalesRepRole);
            system.Create(Profile(rep, userId, people[rep.Manager], calendars[rep.Calendar], now));
        }

        return people;
    }

    private Guid AddUser(SandboxOrganization organization, string name, string? reportsTo, string? userPrincipalName, Guid? entraObjectId, string role)
    {
        var id = organization.Dataverse.AddUser(name, null, role);
        var user = new Entity("systemuser", id)
        {
            ["domainname"] = userPrincipalName ?? name.ToLowerInvariant().Replace(' ', '.') + "@contoso.example",
            ["azureactivedirectoryobjectid"] = entraObjectId,
            ["parentsystemuserid"] = reportsTo is null ? null : new EntityReference("systemuser", usersByName[reportsTo]),
        };
        organization.System.Update(user);
        usersByName[name] = id;
        return id;
    }

    private static Guid AddCalendar(IOrganizationService system, DemoCalendar calendar)
    {
        var id = system.Create(new Entity(BusinessCalendarSchema.EntityName)
        {
            [BusinessCalendarSchema.Name] = calendar.Name,
            [BusinessCalendarSchema.TimeZone] = calendar.TimeZone,
            [BusinessCalendarSchema.WorkingHours] = DemoRep.WorkingHours,
        });
        foreach (var day in calendar.Holidays)
        {
            system.Create(new Entity(HolidaySchema.EntityName)
            {
                [HolidaySchema.Name] = calendar.Name + " holiday " + day.ToString("d MMM", CultureInfo.InvariantCulture),
                [HolidaySchema.CalendarId] = new EntityReference(BusinessCalendarSchema.EntityName, id),
                [HolidaySchema.Date] = day,
            });
        }

        return id;
    }

    private static Entity Profile(DemoRep rep, Guid userId, Guid managerId, Guid calendarId, DateTimeOffset now) => new(RepProfileSchema.EntityName)
    {
        [RepProfileSchema.Name] = rep.Name,
        [RepProfileSchema.UserId] = new EntityReference("systemuser", userId),
        [RepProfileSchema.Availability] = new OptionSetValue(rep.Offline ? Availability.Offline : rep.AwayForDays is null ? Availability.Available : Availability.Away),
        [RepProfileSchema.AwayUntil] = rep.AwayForDays is int days ? now.UtcDateTime.AddDays(days) : null,
        [RepProfileSchema.Capacity] = rep.Capacity,
        [RepProfileSchema.Segments] = rep.Segments,
        [RepProfileSchema.Territories] = rep.Territories,
        [RepProfileSchema.Skills] = rep.Skills,
        [RepProfileSchema.TimeZone] = rep.TimeZone,
        [RepProfileSchema.WorkingHours] = DemoRep.WorkingHours,
        [RepProfileSchema.ManagerId] = new EntityReference("systemuser", managerId),
        [RepProfileSchema.CalendarId] = new EntityReference(BusinessCalendarSchema.EntityName, calendarId),
    };
}
