using System;

namespace Dataverse.LeadHandover.InMemory.Store.Values;

/// <summary>
/// Brings a DateTime sent through the SDK to the UTC value a UserLocal column stores.
/// Learn, "Behavior and format of the date and time column" (UserLocal): a value of UTC kind is stored
/// as is; otherwise the UTC equivalent is stored. A Local value is an instant on the caller's machine, so
/// it converts with the machine's zone (the SDK serializes its offset). An Unspecified value has no offset;
/// Dataverse reads it in the calling user's time zone, which the store takes from
/// <see cref="TimeProvider.LocalTimeZone"/> of its clock (UTC unless a test sets another zone).
/// </summary>
internal static class UtcDateTime
{
    /// <summary>The UTC instant <paramref name="value"/> stands for, with <see cref="DateTimeKind.Utc"/>.</summary>
    public static DateTime From(DateTime value, TimeZoneInfo userZone) => value.Kind switch
    {
        DateTimeKind.Utc => value,
        DateTimeKind.Local => value.ToUniversalTime(),
        _ => TimeZoneInfo.ConvertTimeToUtc(value, userZone),
    };

    /// <summary>The wall-clock time of a stored UTC value in the user's zone, for date-only comparisons and grouping.</summary>
    public static DateTime ToUserTime(DateTime utcValue, TimeZoneInfo userZone) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utcValue, DateTimeKind.Utc), userZone);
}
