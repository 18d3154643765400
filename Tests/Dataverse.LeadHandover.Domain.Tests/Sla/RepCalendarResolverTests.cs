using System;
using Dataverse.LeadHandover.Domain.Sla;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Dataverse.LeadHandover.Domain.Tests.Sla;

/// <summary>The one rule, shared by the plug-ins and the SLA sweep, for which calendar a rep's SLA counts on.</summary>
[TestClass]
public sealed class RepCalendarResolverTests
{
    private static readonly Guid London = new("00000000-0000-4000-8000-0000000ca101");
    private static readonly Guid Berlin = new("00000000-0000-4000-8000-0000000ca102");
    private static readonly DateTime GoodFriday = new(2026, 4, 3);

    private static RepCalendarResolver Resolver() => new([
        new CalendarDefinition(London, "UK sales", "GMT Standard Time", "Mon-Fri 09:00-17:30", [GoodFriday]),
        new CalendarDefinition(Berlin, "DACH sales", "W. Europe Standard Time", "Mon-Fri 08:00-16:00", []),
    ]);

    [TestMethod]
    public void For_ProfileWithOwnZoneAndHours_UsesThemWithItsCalendarsHolidays()
    {
        var calendar = Resolver().For("Eastern Standard Time", "Mon-Fri 10:00-18:00", London)!;

        Assert.AreEqual("Eastern Standard Time", calendar.TimeZone.Id);
        Assert.IsTrue(calendar.IsHoliday(GoodFriday));
        Assert.IsFalse(calendar.IsWorkingTime(new DateTime(2026, 3, 2, 14, 30, 0, DateTimeKind.Utc)), "09:30 in New York is before 10:00.");
    }

    [TestMethod]
    public void For_ProfileWithoutZoneOrHours_FallsBackToItsCalendar()
    {
        var calendar = Resolver().For(null, " ", Berlin)!;

        Assert.AreEqual("W. Europe Standard Time", calendar.TimeZone.Id);
        Assert.IsTrue(calendar.IsWorkingTime(new DateTime(2026, 3, 2, 7, 30, 0, DateTimeKind.Utc)), "08:30 in Berlin.");
    }

    [TestMethod]
    public void For_UnknownZone_IsNullAndForOrFallbackUsesTheFirstCalendarByName()
    {
        var resolver = Resolver();

        Assert.IsNull(resolver.For("Atlantis Standard Time", "Mon-Fri 09:00-17:00", null));
        Assert.AreEqual("W. Europe Standard Time", resolver.ForOrFallback("Atlantis Standard Time", "Mon-Fri 09:00-17:00", null).TimeZone.Id, "\"DACH sales\" sorts before \"UK sales\".");
    }

    [TestMethod]
    public void Fallback_NoCalendars_IsMondayToFridayNineToFiveUtc()
    {
        var calendar = new RepCalendarResolver([]).Fallback();

        Assert.AreEqual("UTC", calendar.TimeZone.Id);
        Assert.IsTrue(calendar.IsWorkingTime(new DateTime(2026, 3, 2, 16, 59, 0, DateTimeKind.Utc)));
        Assert.IsFalse(calendar.IsWorkingTime(new DateTime(2026, 3, 2, 17, 0, 0, DateTimeKind.Utc)));
    }

    [TestMethod]
    public void For_TwoRepsOnTheSameCalendar_ShareOneInstance()
    {
        var resolver = Resolver();

        Assert.AreSame(resolver.For(null, null, London), resolver.For(null, null, London));
    }
}
