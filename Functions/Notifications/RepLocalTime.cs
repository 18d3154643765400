using System;
using System.Globalization;

namespace Dataverse.LeadHandover.Functions.Notifications;

/// <summary>
/// Shows a UTC instant in the rep's time zone (a Windows id from their rep profile, which .NET resolves on Linux
/// too), naming the zone so nobody has to guess. An unknown or missing zone falls back to UTC, said as such.
/// </summary>
public static class RepLocalTime
{
    public const string NotSet = "not set";

    public static string Describe(DateTime? utc, string? windowsTimeZoneId)
    {
        if (utc is null)
        {
            return NotSet;
        }

        var instant = DateTime.SpecifyKind(utc.Value, DateTimeKind.Utc);
        var zone = Find(windowsTimeZoneId);
        if (zone is null)
        {
            return instant.ToString("ddd d MMM yyyy, HH:mm", CultureInfo.InvariantCulture) + " (UTC)";
        }

        var local = TimeZoneInfo.ConvertTimeFromUtc(instant, zone);
        var name = zone.IsDaylightSavingTime(local) ? zone.DaylightName : zone.StandardName;
        return local.ToString("ddd d MMM yyyy, HH:mm", CultureInfo.InvariantCulture) + " (" + name + ")";
    }

    private static TimeZoneInfo? Find(string? windowsTimeZoneId)
    {
        if (string.IsNullOrWhiteSpace(windowsTimeZoneId))
        {
            return null;
        }

        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(windowsTimeZoneId.Trim());
        }
        catch (TimeZoneNotFoundException)
        {
            return null;
        }
        catch (InvalidTimeZoneException)
        {
            return null;
        }
    }
}
