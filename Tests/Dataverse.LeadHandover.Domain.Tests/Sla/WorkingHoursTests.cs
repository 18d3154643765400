using System;
using Dataverse.LeadHandover.Domain.Sla;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Dataverse.LeadHandover.Domain.Tests.Sla;

[TestClass]
public sealed class WorkingHoursTests
{
    [TestMethod]
    [DataRow("Mon-Fri 09:00-17:30", "Mon-Fri 09:00-17:30", DisplayName = "Office hours")]
    [DataRow("mon-fri 9:00-17:30", "Mon-Fri 09:00-17:30", DisplayName = "Lower case, one-digit hour")]
    [DataRow("Mon-Thu 08:00-16:00; Fri 08:00-12:00", "Mon-Thu 08:00-16:00; Fri 08:00-12:00", DisplayName = "Short Friday")]
    [DataRow("Mon-Fri 09:00-12:30, 13:30-17:30", "Mon-Fri 09:00-12:30, 13:30-17:30", DisplayName = "Lunch break")]
    [DataRow(" Mon - Fri  09:00 - 12:30 13:30-17:30 ", "Mon-Fri 09:00-12:30, 13:30-17:30", DisplayName = "Untidy spacing")]
    [DataRow("Mon 09:00-12:00; Mon 13:00-17:00", "Mon 09:00-12:00, 13:00-17:00", DisplayName = "A day in two parts")]
    [DataRow("Sun-Thu 08:00-17:00", "Mon-Thu 08:00-17:00; Sun 08:00-17:00", DisplayName = "Range wrapping round the week")]
    [DataRow("Mon,Wed,Fri 10:00-14:00", "Mon 10:00-14:00; Wed 10:00-14:00; Fri 10:00-14:00", DisplayName = "List of days")]
    [DataRow("Monday-Friday 09:00-17:00", "Mon-Fri 09:00-17:00", DisplayName = "Full day names")]
    [DataRow("Mon-Sun 00:00-24:00", "Mon-Sun 00:00-24:00", DisplayName = "Round the clock")]
    [DataRow("Mon-Fri 09:00-17:00;", "Mon-Fri 09:00-17:00", DisplayName = "Trailing separator")]
    public void Parse_ValidText_ReadsAndDescribesTheHours(string text, string expected)
    {
        // Act
        var hours = WorkingHours.Parse(text);

        // Assert
        Assert.AreEqual(expected, hours.Text);
    }

    [TestMethod]
    public void Parse_SeveralRangesOnADay_KeepsThemInOrder()
    {
        // Act
        var hours = WorkingHours.Parse("Mon-Thu 13:00-17:00, 08:00-12:00; Fri 08:00-12:00");

        // Assert
        CollectionAssert.AreEqual(new[] { new WorkingRange(480, 720), new WorkingRange(780, 1020) }, ToArray(hours.RangesOn(DayOfWeek.Tuesday)));
        CollectionAssert.AreEqual(new[] { new WorkingRange(480, 720) }, ToArray(hours.RangesOn(DayOfWeek.Friday)));
        Assert.IsFalse(hours.IsWorkingDay(DayOfWeek.Saturday));
        Assert.AreEqual((4 * 8 * 60) + (4 * 60), hours.MinutesPerWeek);
    }

    [TestMethod]
    [DataRow("", "There are no working hours: write them like 'Mon-Fri 09:00-17:30'.", DisplayName = "Empty")]
    [DataRow(" ; ", "There are no working hours: write them like 'Mon-Fri 09:00-17:30'.", DisplayName = "Only separators")]
    [DataRow("Mon-Fry 09:00-17:30", "'Fry' is not a day: use Mon, Tue, Wed, Thu, Fri, Sat or Sun.", DisplayName = "Misspelt day")]
    [DataRow("Mon-Fri 09:00-17:60", "'17:60' is not a time: write times as HH:MM on the 24-hour clock, like 09:00 or 17:30.", DisplayName = "Minute 60")]
    [DataRow("Mon-Fri 09:00-25:00", "'25:00' is not a time: write times as HH:MM on the 24-hour clock, like 09:00 or 17:30.", DisplayName = "Hour 25")]
    [DataRow("Mon-Fri 9am-17:00", "'9am' is not a time: write times as HH:MM on the 24-hour clock, like 09:00 or 17:30.", DisplayName = "12-hour clock")]
    [DataRow("Mon-Fri 09:00", "'09:00' is not a range of hours: write it as start-end, like 09:00-17:30.", DisplayName = "No end")]
    [DataRow("Mon-Fri", "'Mon-Fri' has no hours: write them after the days, like 'Mon-Fri 09:00-17:30'.", DisplayName = "No hours")]
    [DataRow("09:00-17:30", "'09:00-17:30' needs the days in front, like 'Mon-Fri 09:00-17:30'.", DisplayName = "No days")]
    [DataRow("Mon 22:00-06:00", "'22:00-06:00' ends before it starts: a range can't cross midnight, so write a night shift as two days' ranges, like 'Mon 22:00-24:00; Tue 00:00-06:00'.", DisplayName = "Across midnight")]
    [DataRow("Mon 09:00-09:00", "'09:00-09:00' ends before it starts: a range can't cross midnight, so write a night shift as two days' ranges, like 'Mon 22:00-24:00; Tue 00:00-06:00'.", DisplayName = "Empty range")]
    [DataRow("Mon 24:00-24:00", "'24:00-24:00' starts at 24:00: 24:00 can only end a range; start at 00:00 instead.", DisplayName = "Starts at 24:00")]
    [DataRow("Mon 09:00-13:00, 12:00-17:00", "Mon has overlapping ranges 09:00-13:00 and 12:00-17:00: merge them into one.", DisplayName = "Overlap")]
    public void Parse_BadText_NamesTheBadPart(string text, string expectedProblem)
    {
        // Act
        var error = Assert.ThrowsExactly<WorkingHoursFormatException>(() => WorkingHours.Parse(text));

        // Assert
        Assert.HasCount(1, error.Problems);
        Assert.AreEqual(expectedProblem, error.Problems[0]);
        Assert.AreEqual("The working hours '" + text + "' can't be read: " + expectedProblem, error.Message);
    }

    [TestMethod]
    public void Parse_SeveralBadParts_NamesEveryOneInOrder()
    {
        // Act
        var error = Assert.ThrowsExactly<WorkingHoursFormatException>(() => WorkingHours.Parse("Mon-Fry 09:00-17:30; Sat 9.00-12:00"));

        // Assert
        CollectionAssert.AreEqual(
            new[]
            {
                "'Fry' is not a day: use Mon, Tue, Wed, Thu, Fri, Sat or Sun.",
                "'9.00' is not a time: write times as HH:MM on the 24-hour clock, like 09:00 or 17:30.",
            },
            ToArray(error.Problems));
    }

    [TestMethod]
    public void TryParse_BadText_ReturnsFalseWithTheProblems()
    {
        // Act
        var parsed = WorkingHours.TryParse("Mon-Fri 18:00-09:00", out var hours, out var problems);

        // Assert
        Assert.IsFalse(parsed);
        Assert.IsNull(hours);
        Assert.HasCount(1, problems);
    }

    [TestMethod]
    [DataRow(DayOfWeek.Monday, 9, 0, true)]
    [DataRow(DayOfWeek.Monday, 8, 59, false)]
    [DataRow(DayOfWeek.Friday, 17, 29, true)]
    [DataRow(DayOfWeek.Friday, 17, 30, false)]
    [DataRow(DayOfWeek.Saturday, 12, 0, false)]
    public void Contains_WallClockTime_IsInsideOnlyBetweenStartAndEnd(DayOfWeek day, int hour, int minute, bool expected)
    {
        // Arrange
        var hours = WorkingHours.Parse("Mon-Fri 09:00-17:30");

        // Act
        var inside = hours.Contains(day, new TimeSpan(hour, minute, 0));

        // Assert
        Assert.AreEqual(expected, inside);
    }

    private static T[] ToArray<T>(System.Collections.Generic.IReadOnlyList<T> items)
    {
        var copy = new T[items.Count];
        for (var i = 0; i < copy.Length; i++)
        {
            copy[i] = items[i];
        }

        return copy;
    }
}
