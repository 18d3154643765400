using System;
using System.Collections.Generic;

namespace Dataverse.LeadHandover.Domain.Sla;

/// <summary>
/// The one rule for which calendar a rep's SLA counts on, shared by the plug-ins (stamping the due time) and the
/// SLA sweep (stepping the ladder), so both always count on the same calendar: the rep profile's own time zone and
/// working hours, each falling back to the profile's business calendar, with that calendar's holidays. Someone
/// without a usable profile counts on the organization's first business calendar by name, else Monday to Friday
/// 09:00-17:00 UTC, so an SLA can always be stamped.
/// </summary>
/// <remarks>
/// Reps sharing a calendar share one <see cref="BusinessCalendar"/> instance, which the router's working-time check
/// relies on. Safe to share between threads (the sweep keeps one for several minutes).
/// </remarks>
public sealed class RepCalendarResolver
{
    public const string FallbackTimeZoneId = "UTC";

    public const string FallbackWorkingHours = "Mon-Fri 09:00-17:00";

    private static readonly IReadOnlyList<DateTime> NoHolidays = new DateTime[0];

    private readonly Dictionary<Guid, CalendarDefinition> _calendars = new();
    private readonly Dictionary<string, BusinessCalendar?> _built = new(StringComparer.Ordinal);
    private readonly object _gate = new();
    private BusinessCalendar? _fallback;

    public RepCalendarResolver(IEnumerable<CalendarDefinition> calendars)
    {
        foreach (var calendar in calendars ?? throw new ArgumentNullException(nameof(calendars)))
        {
            _calendars[calendar.Id] = calendar;
        }
    }

    public int Count => _calendars.Count;

    /// <summary>A rep's calendar from their profile, or null when profile and calendar give no zone or no readable hours.</summary>
    public BusinessCalendar? For(string? profileTimeZone, string? profileWorkingHours, Guid? profileCalendarId)
    {
        CalendarDefinition? calendar = null;
        if (profileCalendarId is Guid id)
        {
            _calendars.TryGetValue(id, out calendar);
        }

        return Build(Text(profileTimeZone) ?? Text(calendar?.TimeZone), Text(profileWorkingHours) ?? Text(calendar?.WorkingHours), calendar);
    }

    /// <summary>A rep's calendar, or the fallback when their profile gives none.</summary>
    public BusinessCalendar ForOrFallback(string? profileTimeZone, string? profileWorkingHours, Guid? profileCalendarId) =>
        For(profileTimeZone, profileWorkingHours, profileCalendarId) ?? Fallback();

    /// <summary>A business calendar on its own, or null when it can't be read.</summary>
    public BusinessCalendar? For(CalendarDefinition calendar)
    {
        if (calendar is null)
        {
            throw new ArgumentNullException(nameof(calendar));
        }

        return Build(Text(calendar.TimeZone), Text(calendar.WorkingHours), calendar);
    }

    /// <summary>The calendar for someone without a usable rep profile (a manager's choice, a fallback owner).</summary>
    public BusinessCalendar Fallback()
    {
        lock (_gate)
        {
            if (_fallback is not null)
            {
                return _fallback;
            }
        }

        CalendarDefinition? first = null;
        foreach (var calendar in _calendars.Values)
        {
            if (first is null || string.CompareOrdinal(calendar.Name, first.Name) < 0)
            {
                first = calendar;
            }
        }

        var fallback = (first is null ? null : For(first)) ?? new BusinessCalendar(FallbackTimeZoneId, FallbackWorkingHours);
        lock (_gate)
        {
            return _fallback ??= fallback;
        }
    }

    private BusinessCalendar? Build(string? timeZone, string? workingHours, CalendarDefinition? calendar)
    {
        if (timeZone is null || workingHours is null)
        {
            return null;
        }

        var key = timeZone + "|" + workingHours + "|" + (calendar?.Id.ToString("N") ?? string.Empty);
        lock (_gate)
        {
            if (_built.TryGetValue(key, out var known))
            {
                return known;
            }
        }

        BusinessCalendar? built;
        try
        {
            built = new BusinessCalendar(timeZone, workingHours, calendar?.Holidays ?? NoHolidays);
        }
        catch (ArgumentException)
        {
            // A profile naming an unknown zone or unreadable hours counts as having no calendar of its own.
            built = null;
        }
        catch (FormatException)
        {
            built = null;
        }

        lock (_gate)
        {
            if (!_built.TryGetValue(key, out var raced))
            {
                _built[key] = built;
                return built;
            }

            return raced;
        }
    }

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value!.Trim();
}
