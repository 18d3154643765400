using System;
using Dataverse.LeadHandover.Domain.Sla;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Dataverse.LeadHandover.Domain.Tests.Sla;

/// <summary>
/// Calendars take Windows time zone ids, which the Dataverse plug-in sandbox (Windows) knows and .NET 6+
/// on Linux translates through ICU: https://learn.microsoft.com/dotnet/api/system.timezoneinfo.findsystemtimezonebyid
/// and https://learn.microsoft.com/dotnet/api/system.timezoneinfo.tryconvertwindowsidtoianaid.
/// </summary>
[TestClass]
public sealed class BusinessCalendarTests
{
    [TestMethod]
    [DataRow("GMT Standard Time")]
    [DataRow("W. Europe Standard Time")]
    [DataRow("Eastern Standard Time")]
    [DataRow("Pacific Standard Time")]
    [DataRow("AUS Eastern Standard Time")]
    public void New_WindowsTimeZoneId_IsFound(string timeZoneId)
    {
        // Act
        var calendar = new BusinessCalendar(timeZoneId, Calendars.OfficeHours);

        // Assert
        Assert.AreEqual(timeZoneId, calendar.TimeZoneId);
        Assert.AreEqual(Calendars.OfficeHours + " " + timeZoneId, calendar.ToString());
    }

    [TestMethod]
    public void New_UnknownTimeZone_IsAnErrorNamingIt()
    {
        // Act
        var error = Assert.ThrowsExactly<ArgumentException>(() => new BusinessCalendar("Mars Standard Time", Calendars.OfficeHours));

        // Assert
        StringAssert.StartsWith(error.Message, "The time zone 'Mars Standard Time' is not known: use a Windows time zone id such as 'GMT Standard Time'", StringComparison.Ordinal);
        Assert.IsInstanceOfType<TimeZoneNotFoundException>(error.InnerException);
    }

    [TestMethod]
    public void New_IanaTimeZoneId_IsRefusedBecauseThePlugInSandboxRunsOnWindows()
    {
        // Act
        var error = Assert.ThrowsExactly<ArgumentException>(() => new BusinessCalendar("Europe/London", Calendars.OfficeHours));

        // Assert
        StringAssert.StartsWith(error.Message, "The time zone 'Europe/London' is an IANA id", StringComparison.Ordinal);
    }

    [TestMethod]
    [DataRow("")]
    [DataRow("   ")]
    public void New_NoTimeZone_AsksForOne(string timeZoneId)
    {
        // Act
        var error = Assert.ThrowsExactly<ArgumentException>(() => new BusinessCalendar(timeZoneId, Calendars.OfficeHours));

        // Assert
        StringAssert.StartsWith(error.Message, "A business calendar needs a time zone", StringComparison.Ordinal);
    }

    [TestMethod]
    public void New_BadWorkingHours_SaysWhatIsWrong()
    {
        // Act / Assert
        Assert.ThrowsExactly<WorkingHoursFormatException>(() => new BusinessCalendar(Calendars.London, "Mon-Fri 09:00-17:70"));
    }

    [TestMethod]
    public void Holidays_GivenWithTimesAndTwice_AreKeptAsDistinctDates()
    {
        // Act
        var calendar = new BusinessCalendar(
            Calendars.London,
            Calendars.OfficeHours,
            new[] { new DateTime(2025, 12, 26, 13, 0, 0, DateTimeKind.Utc), Calendars.Date(2025, 12, 25), Calendars.Date(2025, 12, 25) });

        // Assert
        CollectionAssert.AreEqual(new[] { Calendars.Date(2025, 12, 25), Calendars.Date(2025, 12, 26) }, new[] { calendar.Holidays[0], calendar.Holidays[1] });
        Assert.HasCount(2, calendar.Holidays);
        Assert.IsTrue(calendar.IsHoliday(Calendars.Date(2025, 12, 26)));
        Assert.IsFalse(calendar.IsWorkingDay(Calendars.Date(2025, 12, 25)));
        Assert.IsTrue(calendar.IsWorkingDay(Calendars.Date(2025, 12, 24)));
    }

    [TestMethod]
    [DataRow(2025, 6, 2, 8, 0, true, DisplayName = "Monday 09:00 BST")]
    [DataRow(2025, 6, 2, 7, 59, false, DisplayName = "Monday 08:59 BST")]
    [DataRow(2025, 6, 2, 16, 29, true, DisplayName = "Monday 17:29 BST")]
    [DataRow(2025, 6, 2, 16, 30, false, DisplayName = "Monday 17:30 BST")]
    [DataRow(2025, 1, 6, 9, 0, true, DisplayName = "Monday 09:00 GMT")]
    [DataRow(2025, 1, 6, 8, 59, false, DisplayName = "Monday 08:59 GMT")]
    [DataRow(2025, 6, 7, 12, 0, false, DisplayName = "Saturday noon")]
    [DataRow(2025, 12, 25, 12, 0, false, DisplayName = "Christmas Day (a holiday)")]
    public void IsWorkingTime_InLondon_FollowsTheLocalWallClockAndHolidays(int year, int month, int day, int hour, int minute, bool expected)
    {
        // Arrange
        var calendar = Calendars.LondonOffice(Calendars.Date(2025, 12, 25));

        // Act
        var working = SlaClock.IsWorkingTime(Calendars.Utc(year, month, day, hour, minute), calendar);

        // Assert
        Assert.AreEqual(expected, working);
    }

    [TestMethod]
    [DataRow(13, 0, true, DisplayName = "09:00 EDT")]
    [DataRow(12, 59, false, DisplayName = "08:59 EDT")]
    [DataRow(21, 29, true, DisplayName = "17:29 EDT")]
    [DataRow(21, 30, false, DisplayName = "17:30 EDT")]
    public void IsWorkingTime_InNewYork_FollowsNewYorksWallClock(int hour, int minute, bool expected)
    {
        // Act
        var working = SlaClock.IsWorkingTime(Calendars.Utc(2025, 6, 2, hour, minute), Calendars.NewYorkOffice());

        // Assert
        Assert.AreEqual(expected, working);
    }

    [TestMethod]
    public void IsWorkingTime_AskedAgainAtTheSameInstant_GivesTheSameAnswer()
    {
        // Arrange
        var calendar = Calendars.LondonOffice();
        var inside = Calendars.Utc(2025, 6, 2, 10, 0);
        var outside = Calendars.Utc(2025, 6, 2, 20, 0);

        // Act
        var answers = new[] { calendar.IsWorkingTime(inside), calendar.IsWorkingTime(inside), calendar.IsWorkingTime(outside), calendar.IsWorkingTime(outside), calendar.IsWorkingTime(inside) };

        // Assert
        CollectionAssert.AreEqual(new[] { true, true, false, false, true }, answers);
    }

    [TestMethod]
    public void IsWorkingTime_LocalTime_IsRefused()
    {
        // Act / Assert
        Assert.ThrowsExactly<ArgumentException>(() => Calendars.LondonOffice().IsWorkingTime(new DateTime(2025, 6, 2, 10, 0, 0, DateTimeKind.Local)));
    }
}
