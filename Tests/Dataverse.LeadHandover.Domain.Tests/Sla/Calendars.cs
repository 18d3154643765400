using System;
using Dataverse.LeadHandover.Domain.Sla;

namespace Dataverse.LeadHandover.Domain.Tests.Sla;

/// <summary>Calendars and instants the SLA tests share; every time here is written in UTC.</summary>
internal static class Calendars
{
    public const string London = "GMT Standard Time";
    public const string NewYork = "Eastern Standard Time";
    public const string OfficeHours = "Mon-Fri 09:00-17:30";

    /// <summary>Mon-Fri 09:00-17:30 in London (GMT/BST; clocks change on 30 Mar and 26 Oct 2025 at 01:00 UTC).</summary>
    public static BusinessCalendar LondonOffice(params DateTime[] holidays) => new(London, OfficeHours, holidays);

    /// <summary>Mon-Fri 09:00-17:30 in New York (EST/EDT; clocks change on 9 Mar and 2 Nov 2025 at 02:00 local).</summary>
    public static BusinessCalendar NewYorkOffice(params DateTime[] holidays) => new(NewYork, OfficeHours, holidays);

    /// <summary>Round the clock in <paramref name="timeZoneId"/>, so every real minute counts.</summary>
    public static BusinessCalendar AllHours(string timeZoneId) => new(timeZoneId, "Mon-Sun 00:00-24:00");

    public static DateTime Utc(int year, int month, int day, int hour = 0, int minute = 0) => new(year, month, day, hour, minute, 0, DateTimeKind.Utc);

    public static DateTime Date(int year, int month, int day) => new(year, month, day);
}
