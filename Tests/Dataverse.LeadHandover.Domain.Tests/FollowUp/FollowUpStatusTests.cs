using System;
using System.Linq;
using Dataverse.LeadHandover.Domain.FollowUp;
using Dataverse.LeadHandover.Domain.Qualification;
using Dataverse.LeadHandover.Domain.Tests.Sla;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Dataverse.LeadHandover.Domain.Tests.FollowUp;

/// <summary>The Hot tier's guideline from the default policy: 5 attempts within 7 days of handover.</summary>
[TestClass]
public sealed class FollowUpStatusTests
{
    private static readonly ContactAttemptRule FiveInSevenDays = new(5, 7);
    private static readonly DateTime Assigned = Calendars.Utc(2025, 6, 2, 10, 0);
    private static readonly DateTime WindowEnds = Calendars.Utc(2025, 6, 9, 10, 0);

    [TestMethod]
    [DataRow(0, true, DisplayName = "At the assignment itself: counts")]
    [DataRow(-1, false, DisplayName = "A minute before assignment (another rep's): doesn't count")]
    [DataRow(7 * 24 * 60 - 1, true, DisplayName = "The last minute of the window: counts")]
    [DataRow(7 * 24 * 60, false, DisplayName = "Exactly at the window's end: too late")]
    public void Evaluate_AttemptAtABoundary_CountsOnlyInsideTheWindow(int minutesAfterAssignment, bool counts)
    {
        // Act
        var status = FollowUpStatus.Evaluate(FiveInSevenDays, Assigned, new[] { Assigned.AddMinutes(minutesAfterAssignment) }, Assigned.AddDays(1));

        // Assert
        Assert.AreEqual(counts ? 1 : 0, status.AttemptsMade);
        Assert.AreEqual(counts ? 4 : 5, status.AttemptsStillRequired);
    }

    [TestMethod]
    public void Evaluate_FewAttemptsWhileTheWindowIsOpen_IsNotYetOverdue()
    {
        // Act
        var status = FollowUpStatus.Evaluate(FiveInSevenDays, Assigned, Attempts(2), WindowEnds.AddTicks(-1));

        // Assert
        Assert.AreEqual(2, status.AttemptsMade);
        Assert.AreEqual(3, status.AttemptsStillRequired);
        Assert.AreEqual(WindowEnds, status.WindowEndsUtc);
        Assert.IsTrue(status.IsWindowOpen);
        Assert.IsFalse(status.IsMet);
        Assert.IsFalse(status.IsOverdue);
    }

    [TestMethod]
    public void Evaluate_FewAttemptsWhenTheWindowCloses_IsOverdue()
    {
        // Act
        var status = FollowUpStatus.Evaluate(FiveInSevenDays, Assigned, Attempts(4), WindowEnds);

        // Assert
        Assert.IsFalse(status.IsWindowOpen);
        Assert.IsTrue(status.IsOverdue);
        Assert.AreEqual(1, status.AttemptsStillRequired);
    }

    [TestMethod]
    [DataRow(5)]
    [DataRow(8)]
    public void Evaluate_EnoughAttempts_IsMetAndNeverOverdue(int attempts)
    {
        // Act
        var status = FollowUpStatus.Evaluate(FiveInSevenDays, Assigned, Attempts(attempts), WindowEnds.AddDays(30));

        // Assert
        Assert.IsTrue(status.IsMet);
        Assert.AreEqual(0, status.AttemptsStillRequired);
        Assert.AreEqual(attempts, status.AttemptsMade);
        Assert.IsFalse(status.IsOverdue);
    }

    [TestMethod]
    public void Evaluate_AttemptsAfterTheWindow_DoNotCount()
    {
        // Arrange: three attempts inside, two a day after the window closed.
        var attempts = Attempts(3).Concat(new[] { WindowEnds.AddDays(1), WindowEnds.AddDays(1).AddHours(1) });

        // Act
        var status = FollowUpStatus.Evaluate(FiveInSevenDays, Assigned, attempts, WindowEnds.AddDays(2));

        // Assert
        Assert.AreEqual(3, status.AttemptsMade);
        Assert.IsTrue(status.IsOverdue);
    }

    [TestMethod]
    public void Evaluate_LocalTimes_AreRefused()
    {
        // Act / Assert
        Assert.ThrowsExactly<ArgumentException>(() =>
            FollowUpStatus.Evaluate(FiveInSevenDays, new DateTime(2025, 6, 2, 10, 0, 0, DateTimeKind.Local), Attempts(1), WindowEnds));
    }

    /// <summary>One attempt every 12 hours from 12 hours after assignment, all inside the window for up to 13.</summary>
    private static DateTime[] Attempts(int count) => Enumerable.Range(1, count).Select(n => Assigned.AddHours(12 * n)).ToArray();
}
