namespace Dataverse.LeadHandover.Domain.Schema;

/// <summary>
/// Logical names of the holiday table (<c>lh_holiday</c>, organization-owned): days a business calendar does not count.
/// </summary>
public static class HolidaySchema
{
    public const string EntityName = "lh_holiday";

    /// <summary>Primary key.</summary>
    public const string HolidayId = "lh_holidayid";

    /// <summary>Primary name column.</summary>
    public const string Name = "lh_name";

    /// <summary>The business calendar this holiday belongs to. Lookup to <c>lh_businesscalendar</c>.</summary>
    public const string CalendarId = "lh_calendarid";

    /// <summary>The day of the holiday. Date only (no time zone).</summary>
    public const string Date = "lh_date";

    /// <summary>0 Active, 1 Inactive.</summary>
    public const string StateCode = "statecode";

    /// <summary>1 Active, 2 Inactive.</summary>
    public const string StatusCode = "statuscode";
}
