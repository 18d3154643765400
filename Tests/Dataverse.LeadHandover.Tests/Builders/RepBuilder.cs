using System;
using Dataverse.LeadHandover.Domain.Schema;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.Tests.Builders;

/// <summary>
/// A sales rep's profile as an admin fills it in. By default: available, capacity 10, London time zone,
/// Mon-Fri 09:00-17:30, never assigned, no segments, territories or skills.
/// </summary>
internal sealed class RepBuilder
{
    private RepBuilder(string name) => Name = name;

    public string Name { get; }

    private int AvailabilityValue { get; set; } = Availability.Available;

    private DateTime? AwayUntilValue { get; set; }

    private int? CapacityValue { get; set; } = 10;

    private string? SegmentsValue { get; set; }

    private string? TerritoriesValue { get; set; }

    private string? SkillsValue { get; set; }

    private string? TimeZoneValue { get; set; } = "GMT Standard Time";

    private string? WorkingHoursValue { get; set; } = "Mon-Fri 09:00-17:30";

    private Guid? CalendarValue { get; set; }

    private DateTime? LastAssignedValue { get; set; }

    private Guid? ManagerValue { get; set; }

    public static RepBuilder Named(string name) => new(name);

    public RepBuilder Away(DateTime? untilUtc = null)
    {
        AvailabilityValue = untilUtc is null ? Availability.Away : Availability.Available;
        AwayUntilValue = untilUtc;
        return this;
    }

    public RepBuilder Offline()
    {
        AvailabilityValue = Availability.Offline;
        return this;
    }

    public RepBuilder Capacity(int? capacity)
    {
        CapacityValue = capacity;
        return this;
    }

    public RepBuilder Segments(string segments)
    {
        SegmentsValue = segments;
        return this;
    }

    public RepBuilder Territories(string territories)
    {
        TerritoriesValue = territories;
        return this;
    }

    public RepBuilder Skills(string skills)
    {
        SkillsValue = skills;
        return this;
    }

    public RepBuilder In(string timeZone, string workingHours)
    {
        TimeZoneValue = timeZone;
        WorkingHoursValue = workingHours;
        return this;
    }

    /// <summary>Takes time zone, working hours and holidays from a business calendar instead of the profile.</summary>
    public RepBuilder OnCalendar(Guid calendarId, bool ownHours = false)
    {
        CalendarValue = calendarId;
        if (!ownHours)
        {
            TimeZoneValue = null;
            WorkingHoursValue = null;
        }

        return this;
    }

    public RepBuilder LastAssigned(DateTime utc)
    {
        LastAssignedValue = utc;
        return this;
    }

    public RepBuilder ReportingTo(Guid managerId)
    {
        ManagerValue = managerId;
        return this;
    }

    public Entity ProfileFor(Guid userId) => new(RepProfileSchema.EntityName)
    {
        [RepProfileSchema.Name] = Name,
        [RepProfileSchema.UserId] = new EntityReference("systemuser", userId),
        [RepProfileSchema.Availability] = new OptionSetValue(AvailabilityValue),
        [RepProfileSchema.AwayUntil] = AwayUntilValue,
        [RepProfileSchema.Capacity] = CapacityValue,
        [RepProfileSchema.Segments] = SegmentsValue,
        [RepProfileSchema.Territories] = TerritoriesValue,
        [RepProfileSchema.Skills] = SkillsValue,
        [RepProfileSchema.TimeZone] = TimeZoneValue,
        [RepProfileSchema.WorkingHours] = WorkingHoursValue,
        [RepProfileSchema.CalendarId] = CalendarValue is Guid calendar ? new EntityReference(BusinessCalendarSchema.EntityName, calendar) : null,
        [RepProfileSchema.LastAssignedOn] = LastAssignedValue,
        [RepProfileSchema.ManagerId] = ManagerValue is Guid manager ? new EntityReference("systemuser", manager) : null,
    };
}
