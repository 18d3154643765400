using System;
using System.Collections.Generic;
using Dataverse.LeadHandover.Domain.Schema;
using Dataverse.LeadHandover.Plugins.Handover;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.Plugins.Mapping;

/// <summary>Reads an lh_repprofile row into a <see cref="RepProfile"/>.</summary>
public static class RepProfileRowMapper
{
    /// <summary>The profile columns routing reads; queries ask for these and nothing else.</summary>
    public static readonly IReadOnlyList<string> Columns = new[]
    {
        RepProfileSchema.Name, RepProfileSchema.UserId, RepProfileSchema.Availability, RepProfileSchema.AwayUntil,
        RepProfileSchema.Capacity, RepProfileSchema.Segments, RepProfileSchema.Territories, RepProfileSchema.Skills,
        RepProfileSchema.TimeZone, RepProfileSchema.WorkingHours, RepProfileSchema.ManagerId, RepProfileSchema.LastAssignedOn,
        RepProfileSchema.CalendarId,
    };

    /// <summary>The profile, or null when it names no user (nobody to assign to).</summary>
    public static RepProfile? FromRow(Entity row)
    {
        if (row is null)
        {
            throw new ArgumentNullException(nameof(row));
        }

        var user = row.GetAttributeValue<EntityReference>(RepProfileSchema.UserId);
        if (user is null || user.Id == Guid.Empty)
        {
            return null;
        }

        return new RepProfile(row.Id, user.Id, user.Name ?? row.GetAttributeValue<string>(RepProfileSchema.Name) ?? string.Empty)
        {
            Availability = row.GetAttributeValue<OptionSetValue>(RepProfileSchema.Availability)?.Value,
            AwayUntil = Utc(row.GetAttributeValue<DateTime?>(RepProfileSchema.AwayUntil)),
            Capacity = row.GetAttributeValue<int?>(RepProfileSchema.Capacity),
            Segments = row.GetAttributeValue<string>(RepProfileSchema.Segments),
            Territories = row.GetAttributeValue<string>(RepProfileSchema.Territories),
            Skills = row.GetAttributeValue<string>(RepProfileSchema.Skills),
            TimeZone = row.GetAttributeValue<string>(RepProfileSchema.TimeZone),
            WorkingHours = row.GetAttributeValue<string>(RepProfileSchema.WorkingHours),
            ManagerId = row.GetAttributeValue<EntityReference>(RepProfileSchema.ManagerId)?.Id,
            LastAssignedOn = Utc(row.GetAttributeValue<DateTime?>(RepProfileSchema.LastAssignedOn)),
            CalendarId = row.GetAttributeValue<EntityReference>(RepProfileSchema.CalendarId)?.Id,
        };
    }

    /// <summary>Dataverse returns date-time columns in UTC through the SDK; the kind is made explicit for the rules.</summary>
    internal static DateTime? Utc(DateTime? value) => value is DateTime v ? DateTime.SpecifyKind(v, DateTimeKind.Utc) : null;
}
