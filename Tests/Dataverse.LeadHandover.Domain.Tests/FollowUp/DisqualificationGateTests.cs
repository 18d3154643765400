using System;
using System.Linq;
using Dataverse.LeadHandover.Domain.FollowUp;
using Dataverse.LeadHandover.Domain.Qualification;
using Dataverse.LeadHandover.Domain.Tests.Sla;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Dataverse.LeadHandover.Domain.Tests.FollowUp;

[TestClass]
public sealed class DisqualificationGateTests
{
    private static readonly ContactAttemptRule ThreeInTenDays = new(3, 10);
    private static readonly DateTime Assigned = Calendars.Utc(2025, 6, 2, 10, 0);

    [TestMethod]
    [DataRow(false, null)]
    [DataRow(true, "Duplicate of an existing customer")]
    public void Check_GuidelineMet_IsAllowedWithoutAnOverride(bool callerIsManager, string? reason)
    {
        // Arrange
        var status = Status(attempts: 3, now: Assigned.AddDays(2));

        // Act
        var decision = DisqualificationGate.Check(status, callerIsManager, reason);

        // Assert
        Assert.AreEqual(DisqualificationOutcome.Allowed, decision.Outcome);
        Assert.IsTrue(decision.IsAllowed);
        Assert.IsNull(decision.OverrideReason);
        Assert.IsNull(decision.RefusalMessage);
    }

    [TestMethod]
    public void Check_TooFewAttemptsWhileTheWindowIsOpen_IsRefusedSayingHowManyAndUntilWhen()
    {
        // Arrange
        var status = Status(attempts: 1, now: Assigned.AddDays(2));

        // Act
        var decision = DisqualificationGate.Check(status, callerIsManager: false, overrideReason: "Not interested");

        // Assert
        Assert.AreEqual(DisqualificationOutcome.Refused, decision.Outcome);
        Assert.IsFalse(decision.IsAllowed);
        Assert.AreEqual(
            "This lead can't be disqualified yet: 2 more contact attempts are needed by 2025-06-12 10:00 UTC (1 of 3 made). A manager can override this with a reason.",
            decision.RefusalMessage);
    }

    [TestMethod]
    public void Check_OneAttemptMissingAfterTheWindow_IsRefusedSayingItWasDue()
    {
        // Arrange
        var status = Status(attempts: 2, now: Assigned.AddDays(11));

        // Act
        var decision = DisqualificationGate.Check(status, callerIsManager: false, overrideReason: null);

        // Assert
        Assert.AreEqual(
            "This lead can't be disqualified yet: 1 more contact attempt is needed; they were due by 2025-06-12 10:00 UTC (2 of 3 made). A manager can override this with a reason.",
            decision.RefusalMessage);
    }

    [TestMethod]
    public void Check_ManagerWithAReason_IsAllowedWithTheReasonRecorded()
    {
        // Arrange
        var status = Status(attempts: 0, now: Assigned.AddHours(1));

        // Act
        var decision = DisqualificationGate.Check(status, callerIsManager: true, overrideReason: "  Company went into administration \n");

        // Assert
        Assert.AreEqual(DisqualificationOutcome.AllowedWithOverride, decision.Outcome);
        Assert.IsTrue(decision.IsAllowed);
        Assert.AreEqual("Company went into administration", decision.OverrideReason);
    }

    [TestMethod]
    [DataRow(null)]
    [DataRow("")]
    [DataRow("   ")]
    public void Check_ManagerWithoutAReason_IsRefusedAskingForOne(string? reason)
    {
        // Arrange
        var status = Status(attempts: 0, now: Assigned.AddHours(1));

        // Act
        var decision = DisqualificationGate.Check(status, callerIsManager: true, overrideReason: reason);

        // Assert
        Assert.AreEqual(DisqualificationOutcome.Refused, decision.Outcome);
        Assert.AreEqual(
            "This lead can't be disqualified yet: 3 more contact attempts are needed by 2025-06-12 10:00 UTC (0 of 3 made). As a manager you can override this, but only with a reason.",
            decision.RefusalMessage);
    }

    private static FollowUpStatus Status(int attempts, DateTime now) =>
        FollowUpStatus.Evaluate(ThreeInTenDays, Assigned, Enumerable.Range(1, attempts).Select(hour => Assigned.AddHours(hour)), now);
}
