using System;
using System.Collections.Generic;
using Dataverse.LeadHandover.Domain.Sla;
using Dataverse.LeadHandover.Plugins.Handover;

namespace Dataverse.LeadHandover.Plugins.Mapping;

/// <summary>
/// Builds the calendar a rep's SLA counts on: the profile's own time zone and working hours, each falling back to
/// the profile's business calendar, with that calendar's holidays. Reps sharing a team calendar share one
/// <see cref="BusinessCalendar"/> instance per execution, which the router's working-time check relies on.
/// </summary>
/// <remarks>One instance per execution: it only remembers calendars built in that execution.</remarks>
public sealed class RepCalendarMapper
{
    private static readonly IReadOnlyList<DateTime> NoHolidays = Array.Empty<DateTime>();

    private readonly Dictionary<Guid, CalendarRow> _calendars = new();
    private readonly Dictionary<string, BusinessCalendar?> _built = new(StringComparer.Ordinal);

    public RepCalendarMapper(IEnumerable<CalendarRow> calendars)
    {
        foreach (var calendar in calendars ?? throw new ArgumentNullException(nameof(calendars)))
        {
            _calendars[calendar.Id] = calendar;
        }
    }

    /// <summary>The rep's calendar, or null when the profile and its calendar give no time zone or no readable working hours.</summary>
    public BusinessCalendar? For(RepProfile profile)
    {
        if (profile is null)
        {
            throw new ArgumentNullException(nameof(profile));
        }

        CalendarRow? calendar = null;
        if (profile.CalendarId is Guid id)
        {
            _calendars.TryGetValue(id, out calendar);
        }

        return Build(Text(profile.TimeZone) ?? Text(calendar?.TimeZone), Text(profile.WorkingHours) ?? Text(calendar?.WorkingHours), calendar);
    }

    /// <summary>A business calendar on its own (for someone without a rep profile), or null when it can't be read.</summary>
    public BusinessCalendar? For(CalendarRow calendar)
    {
        if (calendar is null)
        {
            throw new ArgumentNullException(nameof(calendar));
        }

        return Build(Text(calendar.TimeZone), Text(calendar.WorkingHours), calendar);
    }

    private BusinessCalendar? Build(string? timeZone, string? workingHours, CalendarRow? calendar)
    {
        if (timeZone is null || workingHours is null)
        {
            return null;
        }

        var key = timeZone + "|" + workingHours + "|" + (calendar?.Id.ToString() ?? string.Empty);
        if (_built.TryGetValue(key, out var known))
        {
            return known;
        }

        BusinessCalendar? built;
        try
        {
            built = new BusinessCalendar(timeZone, workingHours, calendar?.Holidays ?? NoHolidays);
        }
        catch (ArgumentException)
        {
            // An unknown time zone: the rep can't be given an SLA, so they sit out until an admin fixes the profile.
            built = null;
        }
        catch (FormatException)
        {
            built = null;
        }

        _built[key] = built;
        return built;
    }

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value!.Trim();
}
