using System;
using System.Linq;
using Dataverse.LeadHandover.Domain.Routing;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Dataverse.LeadHandover.Domain.Tests.Routing;

[TestClass]
public sealed class LeadRouterReasonTests
{
    [TestMethod]
    public void Decide_ClearWinner_ReasonListsTheDecidingFactorsAndTheRunnersUp()
    {
        // Arrange: Ana's record scores (30/42 + 10/40) / 2 = 0.48, below the floor of 0.5, so reps without history score 0.5.
        var lead = LeadRoutingProfileBuilder.Lead().InSegment("Enterprise").InIndustry("Manufacturing").Build();
        var reps = new[]
        {
            RepCandidateBuilder.Rep(1, "Ana Silva").Holding(3, 8).Covering(new[] { "Enterprise" }, skillNames: new[] { "Manufacturing" })
                .WithRecord(40, 40, 12, 10).LastAssignedAgo(TimeSpan.FromHours(2)).Build(),
            RepCandidateBuilder.Rep(2, "Ben Okafor").In(RepCandidateBuilder.Berlin).Holding(5, 8).Covering(new[] { "Enterprise" })
                .LastAssignedAgo(TimeSpan.FromMinutes(20)).Build(),
            RepCandidateBuilder.Rep(3, "Chen Li").WithRecord(3, 3, 5, 3).LastAssignedAgo(TimeSpan.FromHours(1)).Build(),
            RepCandidateBuilder.Rep(4, "Dev Patel").In(RepCandidateBuilder.NewYork).Build(),
        };

        // Act
        var decision = Route.Lead(lead, reps);

        // Assert
        Assert.AreEqual(
            "Chosen: Ana Silva — available (Mon-Fri 09:00-17:30 GMT Standard Time), 3 of 8 open, matches segment Enterprise and skill Manufacturing, "
            + "acknowledges Web/Hot leads in 12 min median (n=40), converts 25 %, least recently assigned (2 h ago). "
            + "Score 0.84 (match 1.00, track record 0.48, rotation 1.00); 3 of 4 reps eligible. "
            + "Runners-up: Ben Okafor 0.43 (matches segment Enterprise, no Web/Hot track record yet (n=0, counts from 5), scored 0.50 at the floor, last assigned 20 min ago); "
            + "Chen Li 0.25 (matches nothing in this lead's profile, no Web/Hot track record yet (n=3, counts from 5), scored 0.50 at the floor, last assigned 1 h ago).",
            decision.Reason);
        Assert.AreEqual(RoutingIds.Manager(1), decision.ManagerId);
        CollectionAssert.AreEqual(new[] { RoutingIds.Rep(2), RoutingIds.Rep(3) }, decision.RunnerUpIds.ToArray());
    }

    [TestMethod]
    public void Decide_NoRunnersUpWanted_ReasonNamesOnlyTheChosenRep()
    {
        // Arrange
        var reps = new[] { RepCandidateBuilder.Rep(1, "Ana Silva").Build(), RepCandidateBuilder.Rep(2, "Ben Okafor").Build() };

        // Act
        var decision = Route.Lead(reps, new RoutingPolicy { RunnersUpInReason = 0 });

        // Assert
        Assert.IsFalse(decision.Reason.Contains("Runners-up", StringComparison.Ordinal));
        Assert.IsEmpty(decision.RunnerUpIds);
    }

    [TestMethod]
    public void Decide_VeryLongNames_ReasonFitsTheLedgerColumn()
    {
        // Arrange
        var longName = new string('A', 600);
        var reps = Enumerable.Range(1, 6).Select(n => RepCandidateBuilder.Rep(n, longName + n).Build()).ToArray();

        // Act
        var decision = Route.Lead(reps, new RoutingPolicy { RunnersUpInReason = 5 });

        // Assert
        Assert.AreEqual(RoutingDecision.MaxReasonLength, decision.Reason.Length);
        StringAssert.EndsWith(decision.Reason, "…", StringComparison.Ordinal);
    }

    [TestMethod]
    public void ToString_DecisionAndRep_CarryIdsButNeverNames()
    {
        // Arrange
        var rep = RepCandidateBuilder.Rep(1, "Ana Silva").Build();

        // Act
        var decision = Route.Lead(new[] { rep });

        // Assert
        Assert.AreEqual("rep 00000000-0000-0000-0000-000000000001", rep.ToString());
        Assert.AreEqual("Routed to 00000000-0000-0000-0000-000000000001", decision.ToString());
    }
}
