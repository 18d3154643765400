using Dataverse.LeadHandover.Domain.Sla;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Dataverse.LeadHandover.Domain.Tests.Sla;

/// <summary>
/// The SLA clock across daylight-saving changes in two zones whose dates differ: London (GMT/BST, changes on
/// 30 March and 26 October 2025 at 01:00 UTC) and New York (EST/EDT, 9 March and 2 November 2025 at 02:00 local).
/// A wall-clock time the clocks skip is "invalid" and one they show twice is "ambiguous", with one offset
/// per showing: https://learn.microsoft.com/dotnet/api/system.timezoneinfo.isinvalidtime,
/// https://learn.microsoft.com/dotnet/api/system.timezoneinfo.isambiguoustime and
/// https://learn.microsoft.com/dotnet/api/system.timezoneinfo.getambiguoustimeoffsets; the rule chosen for
/// them is on <see cref="SlaClock"/>.
/// </summary>
[TestClass]
public sealed class SlaClockDaylightSavingTests
{
    [TestMethod]
    [DataRow(Calendars.London, 2025, 3, 28, 16, 30, 2025, 3, 31, 9, 0, DisplayName = "London, spring forward: Fri 16:30 GMT to Mon 10:00 BST")]
    [DataRow(Calendars.London, 2025, 10, 24, 15, 30, 2025, 10, 27, 10, 0, DisplayName = "London, fall back: Fri 16:30 BST to Mon 10:00 GMT")]
    [DataRow(Calendars.NewYork, 2025, 3, 7, 21, 30, 2025, 3, 10, 14, 0, DisplayName = "New York, spring forward: Fri 16:30 EST to Mon 10:00 EDT")]
    [DataRow(Calendars.NewYork, 2025, 10, 31, 20, 30, 2025, 11, 3, 15, 0, DisplayName = "New York, fall back: Fri 16:30 EDT to Mon 10:00 EST")]
    public void DueAt_WeekendWithAClockChange_OpensAtNineOnTheNewWallClock(string zone, int y, int mo, int d, int h, int mi, int ey, int emo, int ed, int eh, int emi)
    {
        // Arrange: two hours from Friday 16:30 local: one on Friday, one from Monday 09:00 local.
        var calendar = new BusinessCalendar(zone, Calendars.OfficeHours);

        // Act
        var due = SlaClock.DueAt(Calendars.Utc(y, mo, d, h, mi), 120, calendar);

        // Assert
        Assert.AreEqual(Calendars.Utc(ey, emo, ed, eh, emi), due);
    }

    [TestMethod]
    [DataRow(Calendars.London, 2025, 3, 30, 0, 2025, 3, 30, 23, 23 * 60, DisplayName = "London, 30 March: a 23-hour day")]
    [DataRow(Calendars.London, 2025, 10, 25, 23, 2025, 10, 27, 0, 25 * 60, DisplayName = "London, 26 October: a 25-hour day")]
    [DataRow(Calendars.NewYork, 2025, 3, 9, 5, 2025, 3, 10, 4, 23 * 60, DisplayName = "New York, 9 March: a 23-hour day")]
    [DataRow(Calendars.NewYork, 2025, 11, 2, 4, 2025, 11, 3, 5, 25 * 60, DisplayName = "New York, 2 November: a 25-hour day")]
    public void BusinessMinutesBetween_RoundTheClockOnAChangeDay_CountsTheRealLengthOfTheLocalDay(string zone, int y, int mo, int d, int h, int ey, int emo, int ed, int eh, int expected)
    {
        // Arrange: from local midnight to the next local midnight, written in UTC.
        var calendar = Calendars.AllHours(zone);

        // Act
        var minutes = SlaClock.BusinessMinutesBetween(Calendars.Utc(y, mo, d, h), Calendars.Utc(ey, emo, ed, eh), calendar);

        // Assert
        Assert.AreEqual(expected, minutes);
    }

    [TestMethod]
    [DataRow(Calendars.London, "Sun 01:30-05:00", 2025, 3, 23, 210, DisplayName = "London, ordinary Sunday: 3.5 h")]
    [DataRow(Calendars.London, "Sun 01:30-05:00", 2025, 3, 30, 180, DisplayName = "London, skipped start: from the jump at 01:00 UTC to 05:00 BST")]
    [DataRow(Calendars.London, "Sun 01:30-03:00", 2025, 10, 19, 90, DisplayName = "London, ordinary Sunday: 1.5 h")]
    [DataRow(Calendars.London, "Sun 01:30-03:00", 2025, 10, 26, 150, DisplayName = "London, start shown twice: from its first showing (01:30 BST)")]
    [DataRow(Calendars.London, "Sun 00:00-01:30", 2025, 10, 26, 150, DisplayName = "London, end shown twice: until its second showing (01:30 GMT)")]
    [DataRow(Calendars.NewYork, "Sun 02:30-05:00", 2025, 3, 9, 120, DisplayName = "New York, skipped start: from the jump at 07:00 UTC to 05:00 EDT")]
    [DataRow(Calendars.NewYork, "Sun 01:00-01:30", 2025, 11, 2, 90, DisplayName = "New York, both ends shown twice: first 01:00 EDT to second 01:30 EST")]
    public void BusinessMinutesBetween_RangeTouchingAClockChange_IsTheRealTimeBetweenItsWallClockEnds(string zone, string hours, int y, int mo, int d, int expected)
    {
        // Arrange: a generous window around the Sunday.
        var calendar = new BusinessCalendar(zone, hours);
        var sunday = Calendars.Utc(y, mo, d);

        // Act
        var minutes = SlaClock.BusinessMinutesBetween(sunday.AddDays(-1), sunday.AddDays(2), calendar);

        // Assert
        Assert.AreEqual(expected, minutes);
    }

    [TestMethod]
    public void DueAt_RangeStartingInTheSkippedHour_StartsAtTheJump()
    {
        // Arrange: 01:30 does not exist in London on 30 March 2025; the clocks jump from 01:00 GMT to 02:00 BST at 01:00 UTC.
        var calendar = new BusinessCalendar(Calendars.London, "Sun 01:30-05:00");

        // Act
        var due = SlaClock.DueAt(Calendars.Utc(2025, 3, 29, 12, 0), 60, calendar);

        // Assert
        Assert.AreEqual(Calendars.Utc(2025, 3, 30, 2, 0), due);
    }

    [TestMethod]
    public void DueAt_AcrossTheRepeatedHour_CountsItOnceForEachTimeItHappens()
    {
        // Arrange: round the clock in London from 00:30 BST (23:30 UTC on Saturday), the night the clocks go back.
        var calendar = Calendars.AllHours(Calendars.London);

        // Act: three real hours, even though the wall clock only moves from 00:30 to 02:30.
        var due = SlaClock.DueAt(Calendars.Utc(2025, 10, 25, 23, 30), 180, calendar);

        // Assert
        Assert.AreEqual(Calendars.Utc(2025, 10, 26, 2, 30), due);
    }

    [TestMethod]
    [DataRow(0, 45, true, DisplayName = "01:45 BST, first showing")]
    [DataRow(1, 15, true, DisplayName = "01:15 GMT, second showing: still inside the range's real stretch")]
    [DataRow(2, 59, true, DisplayName = "02:59 GMT")]
    [DataRow(3, 0, false, DisplayName = "03:00 GMT, the end")]
    [DataRow(0, 29, false, DisplayName = "01:29 BST, before the first 01:30")]
    public void IsWorkingTime_NearAClockChange_AgreesWithTheSlaClock(int hour, int minute, bool expected)
    {
        // Arrange: "Sun 01:30-03:00" on 26 October 2025 runs from 00:30 UTC to 03:00 UTC.
        var calendar = new BusinessCalendar(Calendars.London, "Sun 01:30-03:00");

        // Act
        var working = calendar.IsWorkingTime(Calendars.Utc(2025, 10, 26, hour, minute));

        // Assert
        Assert.AreEqual(expected, working);
    }
}
