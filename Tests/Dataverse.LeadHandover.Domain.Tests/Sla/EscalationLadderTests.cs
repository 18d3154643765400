using System;
using System.Collections.Generic;
using Dataverse.LeadHandover.Domain.Sla;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Dataverse.LeadHandover.Domain.Tests.Sla;

[TestClass]
public sealed class EscalationLadderTests
{
    [TestMethod]
    [DataRow(0, 0.49, null, DisplayName = "Level 0, 49 %: nothing yet")]
    [DataRow(0, 0.5, EscalationAction.Remind, DisplayName = "Level 0, 50 %: remind")]
    [DataRow(1, 0.99, null, DisplayName = "Reminded, 99 %: nothing yet")]
    [DataRow(1, 1.0, EscalationAction.EscalateToManager, DisplayName = "Reminded, 100 %: tell the manager")]
    [DataRow(2, 1.99, null, DisplayName = "Escalated, 199 %: nothing yet")]
    [DataRow(2, 2.0, EscalationAction.Reassign, DisplayName = "Escalated, 200 %: reassign")]
    [DataRow(3, 9.0, null, DisplayName = "Every step taken: nothing more")]
    public void NextDue_DefaultLadder_ReturnsTheNextStepOnceItsTimeHasCome(int level, double fraction, EscalationAction? expected)
    {
        // Act
        var step = EscalationLadder.Default.NextDue(level, fraction);

        // Assert
        Assert.AreEqual(expected, step?.Action);
    }

    [TestMethod]
    public void NextDue_SweepFindsAllStepsOverdueAtOnce_TakesEachExactlyOnceInOrder()
    {
        // Arrange: a sweep that was down until 500 % of the SLA had passed.
        var taken = new List<EscalationAction>();
        var level = 0;

        // Act: what a sweep does: take the next step due, raise the level, ask again.
        for (var step = EscalationLadder.Default.NextDue(level, 5.0); step is not null; step = EscalationLadder.Default.NextDue(level, 5.0))
        {
            taken.Add(step.Action);
            level++;
        }

        // Assert
        CollectionAssert.AreEqual(new[] { EscalationAction.Remind, EscalationAction.EscalateToManager, EscalationAction.Reassign }, taken);
        Assert.AreEqual(3, level);
    }

    [TestMethod]
    public void NextDue_SweptEveryQuarterOfTheSla_TakesEachStepExactlyOnce()
    {
        // Arrange
        var taken = new List<(EscalationAction Action, double At)>();
        var level = 0;

        // Act
        for (var quarter = 0; quarter <= 12; quarter++)
        {
            var fraction = quarter / 4d;
            for (var step = EscalationLadder.Default.NextDue(level, fraction); step is not null; step = EscalationLadder.Default.NextDue(level, fraction))
            {
                taken.Add((step.Action, fraction));
                level++;
            }
        }

        // Assert
        CollectionAssert.AreEqual(
            new[] { (EscalationAction.Remind, 0.5), (EscalationAction.EscalateToManager, 1.0), (EscalationAction.Reassign, 2.0) },
            taken);
    }

    [TestMethod]
    public void NextDue_InBusinessTime_WaitsOverTheWeekend()
    {
        // Arrange: Friday 17:00 BST with a one-hour SLA is due Monday 09:30 BST; 30 business minutes pass on Friday.
        var calendar = Calendars.LondonOffice();
        var assigned = Calendars.Utc(2025, 6, 6, 16, 0);
        var due = SlaClock.DueAt(assigned, 60, calendar);

        // Act
        var fridayEvening = EscalationLadder.Default.NextDue(0, assigned, due, Calendars.Utc(2025, 6, 6, 16, 29), calendar);
        var sunday = EscalationLadder.Default.NextDue(0, assigned, due, Calendars.Utc(2025, 6, 8, 12, 0), calendar);
        var mondayAtDue = EscalationLadder.Default.NextDue(1, assigned, due, due, calendar);
        var mondayJustBefore = EscalationLadder.Default.NextDue(1, assigned, due, due.AddTicks(-1), calendar);

        // Assert
        Assert.IsNull(fridayEvening);
        Assert.AreEqual(EscalationAction.Remind, sunday?.Action);
        Assert.AreEqual(EscalationAction.EscalateToManager, mondayAtDue?.Action);
        Assert.IsNull(mondayJustBefore);
    }

    [TestMethod]
    public void FromPercents_SettingsValues_BuildThreeSteps()
    {
        // Act
        var ladder = EscalationLadder.FromPercents(75, 150, 300);

        // Assert
        Assert.HasCount(3, ladder.Steps);
        Assert.AreEqual("Remind at 75 %", ladder.Steps[0].ToString());
        Assert.IsNull(ladder.NextDue(0, 0.74));
        Assert.AreEqual(EscalationAction.Remind, ladder.NextDue(0, 0.75)?.Action);
    }

    [TestMethod]
    [DataRow(100, 50, 200, DisplayName = "Manager before reminder")]
    [DataRow(50, 50, 200, DisplayName = "Two steps at once")]
    public void FromPercents_StepsOutOfOrder_AreRefused(int remind, int escalate, int reassign)
    {
        // Act
        var error = Assert.ThrowsExactly<ArgumentException>(() => EscalationLadder.FromPercents(remind, escalate, reassign));

        // Assert
        StringAssert.StartsWith(error.Message, "Escalation steps must come later and later", StringComparison.Ordinal);
    }

    [TestMethod]
    public void New_StepAtZeroPercent_IsRefused()
    {
        // Act / Assert
        Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => new EscalationStep(EscalationAction.Remind, 0));
    }

    [TestMethod]
    public void NextDue_NegativeLevel_IsRefused()
    {
        // Act / Assert
        Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => EscalationLadder.Default.NextDue(-1, 1.0));
    }
}
