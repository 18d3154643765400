using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Dataverse.LeadHandover.Domain.Sla;

namespace Dataverse.LeadHandover.Functions.Sweep;

/// <summary>
/// The calendar a rep's SLA counts on, built exactly as the plug-ins build it when they stamp the due time
/// (<c>Plugins/Mapping/RepCalendarMapper</c>, <c>Plugins/Handover/FallbackCalendar</c>): the profile's own time zone
/// and working hours, each falling back to the profile's business calendar, with that calendar's holidays; with
/// no usable profile, the first active calendar by name, else Monday to Friday 09:00-17:00 UTC. The sweep must
/// count on the calendar the due time was stamped on, or a step would come early or late.
/// </summary>
/// <remarks>
/// Functions reference Domain.dll, not the plug-in assembly, so this mapping is a second copy of the plug-ins' rule;
/// it belongs in Domain, where both would share it.
/// </remarks>
public sealed class RepCalendars
{
    public const string FallbackTimeZoneId = "UTC";

    public const string FallbackWorkingHours = "Mon-Fri 09:00-17:00";

    private readonly Dictionary<Guid, CalendarEntry> calendars;
    private readonly ConcurrentDictionary<string, BusinessCalendar?> built = new(StringComparer.Ordinal);
    private readonly Lazy<BusinessCalendar> fallback;

    public RepCalendars(IEnumerable<CalendarEntry> calendars)
    {
        ArgumentNullException.ThrowIfNull(calendars);
        this.calendars = calendars.ToDictionary(calendar => calendar.Id);
        fallback = new Lazy<BusinessCalendar>(BuildFallback);
    }

    public int Count => calendars.Count;

    /// <summary>The calendar of a rep whose active profile says this (all <see langword="null"/> without a profile).</summary>
    public BusinessCalendar For(string? profileTimeZone, string? profileWorkingHours, Guid? profileCalendarId)
    {
        CalendarEntry? calendar = null;
        if (profileCalendarId is Guid id)
        {
            calendars.TryGetValue(id, out calendar);
        }

        return Build(Text(profileTimeZone) ?? Text(calendar?.TimeZone), Text(profileWorkingHours) ?? Text(calendar?.WorkingHours), calendar)
            ?? fallback.Value;
    }

    private BusinessCalendar BuildFallback()
    {
        var first = calendars.Values.OrderBy(calendar => calendar.Name, StringComparer.Ordinal).FirstOrDefault();
        return (first is null ? null : Build(Text(first.TimeZone), Text(first.WorkingHours), first))
            ?? new BusinessCalendar(FallbackTimeZoneId, FallbackWorkingHours);
    }

    private BusinessCalendar? Build(string? timeZone, string? workingHours, CalendarEntry? calendar)
    {
        if (timeZone is null || workingHours is null)
        {
            return null;
        }

        var key = timeZone + "|" + workingHours + "|" + (calendar?.Id.ToString("N") ?? string.Empty);
        return built.GetOrAdd(key, _ => TryCreate(timeZone, workingHours, calendar?.Holidays));
    }

    private static BusinessCalendar? TryCreate(string timeZone, string workingHours, IReadOnlyList<DateTime>? holidays)
    {
        try
        {
            return new BusinessCalendar(timeZone, workingHours, holidays);
        }
        catch (Exception exception) when (exception is ArgumentException or FormatException)
        {
            // As in the plug-ins: a profile that names an unknown zone or unreadable hours counts on the fallback.
            return null;
        }
    }

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
