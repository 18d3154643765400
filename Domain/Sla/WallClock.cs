using System;

namespace Dataverse.LeadHandover.Domain.Sla;

/// <summary>
/// Turns a local wall-clock time into the instant it happens, deliberately at a daylight-saving change:
/// a time the clocks skip happens at the jump; a time they show twice starts a range at its first
/// showing and ends a range at its second.
/// </summary>
/// <remarks>
/// So a working range is always one unbroken stretch of real time from its start to its end as the wall
/// clock shows them: an hour shorter when the clocks go forward inside it, an hour longer when they go back.
/// Business minutes are real minutes inside such stretches; nothing is counted twice and nothing is lost.
/// See https://learn.microsoft.com/dotnet/api/system.timezoneinfo.isinvalidtime and
/// https://learn.microsoft.com/dotnet/api/system.timezoneinfo.getambiguoustimeoffsets.
/// </remarks>
internal static class WallClock
{
    private static readonly TimeSpan SearchBack = TimeSpan.FromHours(3);

    /// <summary>The first instant the wall clock shows <paramref name="local"/>.</summary>
    public static DateTime FirstShowing(TimeZoneInfo zone, DateTime local)
    {
        if (!zone.SupportsDaylightSavingTime)
        {
            return ToUtc(local, zone.BaseUtcOffset);
        }

        if (zone.IsInvalidTime(local))
        {
            return ClocksJumped(zone, local);
        }

        if (zone.IsAmbiguousTime(local))
        {
            var offsets = zone.GetAmbiguousTimeOffsets(local);
            return ToUtc(local, Largest(offsets));
        }

        return ToUtc(local, zone.GetUtcOffset(local));
    }

    /// <summary>The last instant the wall clock starts showing <paramref name="local"/>.</summary>
    public static DateTime LastShowing(TimeZoneInfo zone, DateTime local)
    {
        if (!zone.SupportsDaylightSavingTime)
        {
            return ToUtc(local, zone.BaseUtcOffset);
        }

        if (zone.IsInvalidTime(local))
        {
            return ClocksJumped(zone, local);
        }

        if (zone.IsAmbiguousTime(local))
        {
            var offsets = zone.GetAmbiguousTimeOffsets(local);
            return ToUtc(local, Smallest(offsets));
        }

        return ToUtc(local, zone.GetUtcOffset(local));
    }

    /// <summary>The local date and time at an instant (always unambiguous in this direction).</summary>
    public static DateTime ToLocal(TimeZoneInfo zone, DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(utc, zone);

    // The instant the clocks jumped over the skipped time: binary search, to the minute, for the first
    // skipped wall-clock minute, then take the offset in force just before it.
    private static DateTime ClocksJumped(TimeZoneInfo zone, DateTime skipped)
    {
        var valid = new DateTime(skipped.Ticks - (skipped.Ticks % TimeSpan.TicksPerMinute), DateTimeKind.Unspecified) - SearchBack;
        while (zone.IsInvalidTime(valid))
        {
            valid -= SearchBack;
        }

        var invalid = skipped;
        while (invalid - valid > TimeSpan.FromMinutes(1))
        {
            var halfMinutes = (long)(invalid - valid).TotalMinutes / 2;
            var middle = valid.AddMinutes(Math.Max(1, halfMinutes));
            if (zone.IsInvalidTime(middle))
            {
                invalid = middle;
            }
            else
            {
                valid = middle;
            }
        }

        return ToUtc(invalid, zone.GetUtcOffset(valid));
    }

    private static DateTime ToUtc(DateTime local, TimeSpan offset) => new(local.Ticks - offset.Ticks, DateTimeKind.Utc);

    private static TimeSpan Largest(TimeSpan[] offsets)
    {
        var largest = offsets[0];
        foreach (var offset in offsets)
        {
            if (offset > largest)
            {
                largest = offset;
            }
        }

        return largest;
    }

    private static TimeSpan Smallest(TimeSpan[] offsets)
    {
        var smallest = offsets[0];
        foreach (var offset in offsets)
        {
            if (offset < smallest)
            {
                smallest = offset;
            }
        }

        return smallest;
    }
}
