using System;
using CsCheck;
using Dataverse.LeadHandover.Domain.Sla;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Dataverse.LeadHandover.Domain.Tests.Sla;

/// <summary>
/// Properties over random starts in 2025 (every clock change of both zones included) and random SLAs,
/// for calendars whose ranges avoid, straddle and touch the changes.
/// </summary>
[TestClass]
public sealed class SlaClockPropertyTests
{
    private static readonly BusinessCalendar[] CalendarsUnderTest =
    {
        Calendars.LondonOffice(Calendars.Date(2025, 12, 25), Calendars.Date(2025, 12, 26)),
        Calendars.NewYorkOffice(Calendars.Date(2025, 7, 4)),
        Calendars.AllHours(Calendars.London),
        new(Calendars.London, "Mon-Fri 08:00-12:00, 13:00-17:00; Sun 00:00-01:30, 01:30-03:00, 22:00-24:00"),
        new(Calendars.NewYork, "Sat-Sun 01:00-03:30; Mon 09:00-17:00"),
        new("AUS Eastern Standard Time", "Sun-Thu 08:00-16:00"),
    };

    private static readonly Gen<(int Calendar, DateTime Start, int Minutes)> Cases = Gen.Select(
        Gen.Int[0, CalendarsUnderTest.Length - 1],
        Gen.Long[0, 365L * 24 * 60 * 60],
        Gen.Int[0, 6000],
        (calendar, seconds, minutes) => (calendar, Calendars.Utc(2025, 1, 1).AddSeconds(seconds), minutes));

    [TestMethod]
    public void BusinessMinutesBetween_FromStartToDueAt_IsTheSlaMinutes()
    {
        // Act / Assert
        Cases.Sample(
            c => SlaClock.BusinessMinutesBetween(c.Start, SlaClock.DueAt(c.Start, c.Minutes, CalendarsUnderTest[c.Calendar]), CalendarsUnderTest[c.Calendar]) == c.Minutes,
            iter: 2000);
    }

    [TestMethod]
    public void DueAt_OneMinuteMore_IsExactlyOneWorkingMinuteLater()
    {
        // Act / Assert
        Cases.Sample(
            c =>
            {
                var calendar = CalendarsUnderTest[c.Calendar];
                var due = SlaClock.DueAt(c.Start, c.Minutes, calendar);
                var next = SlaClock.DueAt(c.Start, c.Minutes + 1, calendar);
                return next > due && SlaClock.BusinessMinutesBetween(due, next, calendar) == 1;
            },
            iter: 1000);
    }

    [TestMethod]
    public void IsWorkingTime_JustBeforeAPositiveDueTime_IsTrue()
    {
        // Act / Assert: the last minute counted was working time, by the same daylight-saving rule.
        Cases.Where(c => c.Minutes > 0).Sample(
            c =>
            {
                var calendar = CalendarsUnderTest[c.Calendar];
                return calendar.IsWorkingTime(SlaClock.DueAt(c.Start, c.Minutes, calendar).AddTicks(-1));
            },
            iter: 1000);
    }
}
