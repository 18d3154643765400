using System;
using System.Collections.Generic;
using Dataverse.LeadHandover.Domain.Sla;

namespace Dataverse.LeadHandover.Plugins.Handover;

/// <summary>
/// The calendar for someone with no usable rep profile (a manager's own choice of owner, a fallback): the
/// organization's first active business calendar by name, or Monday to Friday 09:00-17:00 UTC when there is
/// none, so an SLA can always be stamped.
/// </summary>
public static class FallbackCalendar
{
    public const string TimeZoneId = "UTC";

    public const string WorkingHours = "Mon-Fri 09:00-17:00";

    public static BusinessCalendar From(IReadOnlyList<CalendarRow> calendars, Func<CalendarRow, BusinessCalendar?> build)
    {
        if (calendars is null)
        {
            throw new ArgumentNullException(nameof(calendars));
        }

        if (build is null)
        {
            throw new ArgumentNullException(nameof(build));
        }

        CalendarRow? first = null;
        foreach (var calendar in calendars)
        {
            if (first is null || string.CompareOrdinal(calendar.Name, first.Name) < 0)
            {
                first = calendar;
            }
        }

        return (first is null ? null : build(first)) ?? new BusinessCalendar(TimeZoneId, WorkingHours);
    }
}
