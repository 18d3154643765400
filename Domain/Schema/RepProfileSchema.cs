namespace Dataverse.LeadHandover.Domain.Schema;

/// <summary>
/// Logical names of the rep profile table (<c>lh_repprofile</c>, organization-owned): how the router sees a sales rep.
/// </summary>
public static class RepProfileSchema
{
    public const string EntityName = "lh_repprofile";

    /// <summary>Primary key.</summary>
    public const string RepProfileId = "lh_repprofileid";

    /// <summary>Primary name column.</summary>
    public const string Name = "lh_name";

    /// <summary>The Dynamics 365 user this profile describes. Lookup to <c>systemuser</c>.</summary>
    public const string UserId = "lh_userid";

    /// <summary>Whether the rep can receive new handovers now. Choice <c>lh_availability</c>; values in <c>Availability</c>.</summary>
    public const string Availability = "lh_availability";

    /// <summary>When an away rep becomes available again. Date and time (stored in UTC).</summary>
    public const string AwayUntil = "lh_awayuntil";

    /// <summary>The most handovers the rep can have awaiting acknowledgement at once. Whole number, 0 to 1000.</summary>
    public const string Capacity = "lh_capacity";

    /// <summary>Comma-separated customer segments the rep covers. Text, up to 400 characters.</summary>
    public const string Segments = "lh_segments";

    /// <summary>Comma-separated territories the rep covers. Text, up to 400 characters.</summary>
    public const string Territories = "lh_territories";

    /// <summary>Comma-separated skills (products, languages) the rep brings. Text, up to 400 characters.</summary>
    public const string Skills = "lh_skills";

    /// <summary>Windows time zone id of the rep, for example "GMT Standard Time" or "W. Europe Standard Time". Text, up to 100 characters.</summary>
    public const string TimeZone = "lh_timezone";

    /// <summary>The rep's working hours, for example "Mon-Fri 09:00-17:30". Text, up to 200 characters.</summary>
    public const string WorkingHours = "lh_workinghours";

    /// <summary>The manager escalations for this rep go to. Lookup to <c>systemuser</c>.</summary>
    public const string ManagerId = "lh_managerid";

    /// <summary>When the rep last received a handover (for round-robin fairness). Date and time (stored in UTC).</summary>
    public const string LastAssignedOn = "lh_lastassignedon";

    /// <summary>The business calendar (working hours and holidays) that counts the rep's SLA time. Lookup to <c>lh_businesscalendar</c>.</summary>
    public const string CalendarId = "lh_calendarid";

    /// <summary>0 Active, 1 Inactive.</summary>
    public const string StateCode = "statecode";

    /// <summary>1 Active, 2 Inactive.</summary>
    public const string StatusCode = "statuscode";
}
