using System;
using Dataverse.LeadHandover.Domain.Sla;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Dataverse.LeadHandover.Domain.Tests.Sla;

[TestClass]
public sealed class SlaClockTests
{
    [TestMethod]
    [DataRow(2025, 6, 2, 10, 0, 60, 2025, 6, 2, 11, 0, DisplayName = "Inside working time: plain minutes")]
    [DataRow(2025, 6, 2, 6, 0, 60, 2025, 6, 2, 9, 0, DisplayName = "Before opening: counts from 09:00 BST")]
    [DataRow(2025, 6, 2, 19, 0, 60, 2025, 6, 3, 9, 0, DisplayName = "After closing: counts from the next opening")]
    [DataRow(2025, 6, 6, 15, 30, 120, 2025, 6, 9, 9, 0, DisplayName = "Friday 16:30 BST + 2 h: 1 h on Friday, 1 h on Monday")]
    [DataRow(2025, 6, 7, 12, 0, 30, 2025, 6, 9, 8, 30, DisplayName = "Saturday: counts from Monday's opening")]
    [DataRow(2025, 6, 2, 16, 30, 0, 2025, 6, 3, 8, 0, DisplayName = "0 minutes at closing: due at the next opening")]
    [DataRow(2025, 6, 2, 10, 15, 0, 2025, 6, 2, 10, 15, DisplayName = "0 minutes in working time: due at once")]
    [DataRow(2025, 6, 2, 8, 0, 510, 2025, 6, 2, 16, 30, DisplayName = "A whole working day ends at closing, not the next opening")]
    [DataRow(2025, 6, 2, 8, 0, 2550, 2025, 6, 6, 16, 30, DisplayName = "A whole working week")]
    public void DueAt_LondonOffice_CountsOnlyWorkingMinutes(int y, int mo, int d, int h, int mi, int minutes, int ey, int emo, int ed, int eh, int emi)
    {
        // Act
        var due = SlaClock.DueAt(Calendars.Utc(y, mo, d, h, mi), minutes, Calendars.LondonOffice());

        // Assert
        Assert.AreEqual(Calendars.Utc(ey, emo, ed, eh, emi), due);
        Assert.AreEqual(DateTimeKind.Utc, due.Kind);
    }

    [TestMethod]
    public void DueAt_OverAHolidayWeekend_SkipsTheHolidaysToo()
    {
        // Arrange: Christmas Day and Boxing Day 2025 are Thursday and Friday.
        var calendar = Calendars.LondonOffice(Calendars.Date(2025, 12, 25), Calendars.Date(2025, 12, 26));

        // Act: Wednesday 24 Dec 17:00 GMT, one hour: 30 minutes on Wednesday, 30 on Monday 29 Dec.
        var due = SlaClock.DueAt(Calendars.Utc(2025, 12, 24, 17, 0), 60, calendar);

        // Assert
        Assert.AreEqual(Calendars.Utc(2025, 12, 29, 9, 30), due);
    }

    [TestMethod]
    public void DueAt_InNewYork_UsesNewYorksHours()
    {
        // Act: Monday 2 June 2025 12:00 UTC is 08:00 EDT, before opening.
        var due = SlaClock.DueAt(Calendars.Utc(2025, 6, 2, 12, 0), 60, Calendars.NewYorkOffice());

        // Assert: 09:00 EDT + 1 h = 10:00 EDT = 14:00 UTC.
        Assert.AreEqual(Calendars.Utc(2025, 6, 2, 14, 0), due);
    }

    [TestMethod]
    public void DueAt_SecondsInTheStart_AreKept()
    {
        // Arrange
        var start = Calendars.Utc(2025, 6, 2, 10, 0).AddSeconds(42);

        // Act
        var due = SlaClock.DueAt(start, 60, Calendars.LondonOffice());

        // Assert
        Assert.AreEqual(start.AddHours(1), due);
    }

    [TestMethod]
    public void DueAt_NoWorkingTimeForYears_IsAClearError()
    {
        // Arrange: every day for eleven years is a holiday.
        var holidays = new DateTime[4000];
        for (var i = 0; i < holidays.Length; i++)
        {
            holidays[i] = Calendars.Date(2025, 1, 1).AddDays(i);
        }

        var calendar = new BusinessCalendar(Calendars.London, Calendars.OfficeHours, holidays);

        // Act
        var error = Assert.ThrowsExactly<InvalidOperationException>(() => SlaClock.DueAt(Calendars.Utc(2025, 1, 1), 60, calendar));

        // Assert
        StringAssert.Contains(error.Message, "has no working time in the 3660 days after", StringComparison.Ordinal);
    }

    [TestMethod]
    public void DueAt_NegativeMinutes_IsRefused()
    {
        // Act / Assert
        Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => SlaClock.DueAt(Calendars.Utc(2025, 6, 2, 10, 0), -1, Calendars.LondonOffice()));
    }

    [TestMethod]
    [DataRow(2025, 6, 2, 10, 0, 2025, 6, 2, 10, 45, 45, DisplayName = "Inside one working day")]
    [DataRow(2025, 6, 6, 15, 30, 2025, 6, 9, 9, 0, 120, DisplayName = "Across a weekend")]
    [DataRow(2025, 6, 7, 9, 0, 2025, 6, 8, 17, 0, 0, DisplayName = "A weekend only")]
    [DataRow(2025, 6, 2, 10, 0, 2025, 6, 2, 9, 0, 0, DisplayName = "End before start")]
    [DataRow(2025, 6, 2, 10, 0, 2025, 6, 2, 10, 0, 0, DisplayName = "No time at all")]
    public void BusinessMinutesBetween_LondonOffice_CountsOnlyWorkingMinutes(int y, int mo, int d, int h, int mi, int ey, int emo, int ed, int eh, int emi, int expected)
    {
        // Act
        var minutes = SlaClock.BusinessMinutesBetween(Calendars.Utc(y, mo, d, h, mi), Calendars.Utc(ey, emo, ed, eh, emi), Calendars.LondonOffice());

        // Assert
        Assert.AreEqual(expected, minutes);
    }

    [TestMethod]
    public void BusinessMinutesBetween_PartMinutes_AreRoundedDown()
    {
        // Arrange
        var start = Calendars.Utc(2025, 6, 2, 10, 0);

        // Act
        var minutes = SlaClock.BusinessMinutesBetween(start, start.AddSeconds(119), Calendars.LondonOffice());

        // Assert
        Assert.AreEqual(1, minutes);
    }

    [TestMethod]
    [DataRow(9, 30, 0.5, DisplayName = "Half-way")]
    [DataRow(10, 0, 1.0, DisplayName = "At the due time")]
    [DataRow(11, 0, 2.0, DisplayName = "Twice the SLA")]
    [DataRow(9, 0, 0.0, DisplayName = "At assignment")]
    public void FractionElapsed_WithinADay_IsTheShareOfTheSlaPassed(int hour, int minute, double expected)
    {
        // Arrange: assigned Monday 09:00 UTC (10:00 BST), one-hour SLA.
        var calendar = Calendars.LondonOffice();
        var assigned = Calendars.Utc(2025, 6, 2, 9, 0);
        var due = SlaClock.DueAt(assigned, 60, calendar);

        // Act
        var fraction = SlaClock.FractionElapsed(assigned, due, Calendars.Utc(2025, 6, 2, hour, minute), calendar);

        // Assert
        Assert.AreEqual(expected, fraction, 1e-12);
    }

    [TestMethod]
    public void FractionElapsed_OvernightAndWeekend_CountsOnlyWorkingTime()
    {
        // Arrange: Friday 17:00 BST with a one-hour SLA: 30 minutes on Friday, due Monday 09:30 BST.
        var calendar = Calendars.LondonOffice();
        var assigned = Calendars.Utc(2025, 6, 6, 16, 0);
        var due = SlaClock.DueAt(assigned, 60, calendar);

        // Act
        var overTheWeekend = SlaClock.FractionElapsed(assigned, due, Calendars.Utc(2025, 6, 8, 12, 0), calendar);
        var mondayOpening = SlaClock.FractionElapsed(assigned, due, Calendars.Utc(2025, 6, 9, 8, 0), calendar);

        // Assert
        Assert.AreEqual(Calendars.Utc(2025, 6, 9, 8, 30), due);
        Assert.AreEqual(0.5, overTheWeekend, 1e-12);
        Assert.AreEqual(0.5, mondayOpening, 1e-12);
    }
}
