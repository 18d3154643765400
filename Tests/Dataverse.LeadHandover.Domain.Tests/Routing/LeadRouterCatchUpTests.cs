using System;
using System.Collections.Generic;
using System.Linq;
using Dataverse.LeadHandover.Domain.Routing;
using Dataverse.LeadHandover.Domain.Sla;
using Dataverse.LeadHandover.Domain.Tests.Sla;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Dataverse.LeadHandover.Domain.Tests.Routing;

/// <summary>
/// Fair rotation after an absence: time away is not time waiting. Five colleagues were assigned one an hour,
/// 1 h to 5 h ago; Rex (rep 9) was last assigned ten days ago and came back 30 minutes ago. Leads then arrive
/// hourly and each goes to whoever the router picks.
/// </summary>
[TestClass]
public sealed class LeadRouterCatchUpTests
{
    private static readonly DateTime Start = Calendars.Utc(2025, 6, 2, 10, 0);
    private static readonly BusinessCalendar RoundTheClock = Calendars.AllHours(Calendars.London);

    [TestMethod]
    [DataRow(0, 6, DisplayName = "No catch-up: Rex waits behind all five, who waited longer since his return")]
    [DataRow(2, 4, DisplayName = "Two turns: Rex goes ahead of the two colleagues assigned last")]
    [DataRow(10, 1, DisplayName = "Ten turns (more than the team): Rex goes first")]
    public void Decide_RepBackFromAbsence_RejoinsAheadOfAtMostTheCatchUpTurns(int catchUpTurns, int expectedPosition)
    {
        // Act
        var picks = RunHourlyLeads(new RoutingPolicy { CatchUpTurns = catchUpTurns }, leads: 6);

        // Assert: one turn each, in order of waiting; Rex once, never flooded, never starved.
        Assert.AreEqual(expectedPosition, picks.IndexOf(9) + 1);
        Assert.AreEqual(1, picks.Count(rep => rep == 9));
        CollectionAssert.AreEqual(new[] { 5, 4, 3, 2, 1 }, picks.Where(rep => rep != 9).ToArray());
    }

    [TestMethod]
    public void Decide_AfterTheCatchUpTurn_RexTakesTurnsLikeEveryoneElse()
    {
        // Act
        var picks = RunHourlyLeads(new RoutingPolicy { CatchUpTurns = 10 }, leads: 18);

        // Assert: three full rounds of six, Rex once in each.
        for (var round = 0; round < 3; round++)
        {
            CollectionAssert.AreEquivalent(new[] { 1, 2, 3, 4, 5, 9 }, picks.Skip(round * 6).Take(6).ToArray());
        }
    }

    [TestMethod]
    public void Decide_ShortBreakRightAfterAHandover_GainsNoPlace()
    {
        // Arrange: Rex was assigned 10 minutes ago, went away, and is back: his own time is more recent than any credit.
        var reps = new[]
        {
            RepCandidateBuilder.Rep(1, "Ana Silva").LastAssignedAgo(TimeSpan.FromHours(1)).Build(),
            RepCandidateBuilder.Rep(9, "Rex Moreau").LastAssignedAgo(TimeSpan.FromMinutes(10)).AwayUntil(RepCandidateBuilder.Now.AddMinutes(-1)).Build(),
        };

        // Act
        var decision = Route.Lead(reps, new RoutingPolicy { CatchUpTurns = 10 });

        // Assert
        Assert.AreEqual(RoutingIds.Rep(1), decision.AssigneeId);
    }

    [TestMethod]
    public void Decide_RepHeldBackByTheCatchUpRule_SaysSoInTheReason()
    {
        // Arrange
        var reps = new[]
        {
            RepCandidateBuilder.Rep(1, "Ana Silva").LastAssignedAgo(TimeSpan.FromHours(1)).Build(),
            RepCandidateBuilder.Rep(2, "Ben Okafor").LastAssignedAgo(TimeSpan.FromHours(2)).Build(),
            RepCandidateBuilder.Rep(3, "Chen Li").LastAssignedAgo(TimeSpan.FromHours(3)).Build(),
            RepCandidateBuilder.Rep(9, "Rex Moreau").LastAssignedAgo(TimeSpan.FromDays(10)).AwayUntil(RepCandidateBuilder.Now.AddMinutes(-30)).Build(),
        };

        // Act
        var decision = Route.Lead(reps, new RoutingPolicy { CatchUpTurns = 1 });

        // Assert
        Assert.AreEqual(RoutingIds.Rep(3), decision.AssigneeId);
        StringAssert.Contains(decision.Reason, "Rex Moreau 0.", StringComparison.Ordinal);
        StringAssert.Contains(decision.Reason, "back from absence, last assigned 10 d ago, waiting counted from their return plus 1 catch-up turn", StringComparison.Ordinal);
    }

    /// <summary>The rep numbers chosen for hourly leads, stamping each winner's last-assigned time.</summary>
    private static List<int> RunHourlyLeads(RoutingPolicy policy, int leads)
    {
        var lastAssigned = new Dictionary<int, DateTime>
        {
            [1] = Start.AddHours(-1),
            [2] = Start.AddHours(-2),
            [3] = Start.AddHours(-3),
            [4] = Start.AddHours(-4),
            [5] = Start.AddHours(-5),
            [9] = Start.AddDays(-10),
        };
        var rexBack = Start.AddMinutes(-30);
        var picks = new List<int>();
        for (var lead = 0; lead < leads; lead++)
        {
            var now = Start.AddHours(lead);
            var reps = lastAssigned
                .Select(pair => RepCandidateBuilder.Rep(pair.Key, "Rep " + pair.Key)
                    .In(RoundTheClock)
                    .LastAssigned(pair.Value)
                    .AwayUntil(pair.Key == 9 ? rexBack : null)
                    .Build())
                .ToArray();
            var decision = Route.Lead(LeadRoutingProfileBuilder.Lead().Build(), reps, policy, now);
            var chosen = lastAssigned.Keys.Single(number => RoutingIds.Rep(number) == decision.AssigneeId);
            picks.Add(chosen);
            lastAssigned[chosen] = now;
        }

        return picks;
    }
}
