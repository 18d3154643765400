namespace Dataverse.LeadHandover.Domain.Schema;

/// <summary>
/// Logical names of the business calendar table (<c>lh_businesscalendar</c>, organization-owned): the working hours SLA clocks count in.
/// </summary>
public static class BusinessCalendarSchema
{
    public const string EntityName = "lh_businesscalendar";

    /// <summary>Primary key.</summary>
    public const string BusinessCalendarId = "lh_businesscalendarid";

    /// <summary>Primary name column.</summary>
    public const string Name = "lh_name";

    /// <summary>Windows time zone id, for example "GMT Standard Time". Text, up to 100 characters.</summary>
    public const string TimeZone = "lh_timezone";

    /// <summary>Working hours, for example "Mon-Fri 09:00-17:30". Text, up to 200 characters.</summary>
    public const string WorkingHours = "lh_workinghours";

    /// <summary>0 Active, 1 Inactive.</summary>
    public const string StateCode = "statecode";

    /// <summary>1 Active, 2 Inactive.</summary>
    public const string StatusCode = "statuscode";
}
