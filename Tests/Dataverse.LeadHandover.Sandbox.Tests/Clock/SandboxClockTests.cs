using System;
using Dataverse.LeadHandover.Sandbox.Clock;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Dataverse.LeadHandover.Sandbox.Tests.Clock;

/// <summary>The sandbox's clock: frozen it moves only when told, and it only moves forward.</summary>
[TestClass]
public sealed class SandboxClockTests
{
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 14, 30, 0, TimeSpan.Zero);

    [TestMethod]
    public void Frozen_WithoutAdvance_StaysWhereItIs()
    {
        var clock = new SandboxClock(Monday, running: false);

        Assert.AreEqual(Monday, clock.GetUtcNow());
        Assert.AreEqual(Monday, clock.GetUtcNow());
    }

    [TestMethod]
    public void Advance_ByMinutesHoursAndDays_MovesExactlyThatFar()
    {
        var clock = new SandboxClock(Monday, running: false);

        clock.Advance(TimeSpan.FromMinutes(15));
        clock.Advance(TimeSpan.FromHours(2));
        clock.Advance(TimeSpan.FromDays(1));

        Assert.AreEqual(Monday + TimeSpan.FromMinutes(15 + 120 + 1440), clock.GetUtcNow());
    }

    [TestMethod]
    public void Advance_Backwards_IsRefused()
    {
        var clock = new SandboxClock(Monday, running: false);

        Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => clock.Advance(TimeSpan.FromMinutes(-1)));
    }

    [TestMethod]
    public void LocalTimeZone_IsUtcWhateverTheMachine()
    {
        Assert.AreEqual(TimeZoneInfo.Utc, new SandboxClock(Monday, running: true).LocalTimeZone);
    }
}
