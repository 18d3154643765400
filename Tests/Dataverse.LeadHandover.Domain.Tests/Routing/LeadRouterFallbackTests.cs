using System;
using System.Linq;
using Dataverse.LeadHandover.Domain.Routing;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Dataverse.LeadHandover.Domain.Tests.Routing;

[TestClass]
public sealed class LeadRouterFallbackTests
{
    [TestMethod]
    public void Decide_AllRepsAwayOrOutsideWorkingHours_FallsBackToTheTeamManagerSayingWhy()
    {
        // Arrange
        var reps = new[]
        {
            RepCandidateBuilder.Rep(1, "Ana Silva").With(RepAvailability.Away).Build(),
            RepCandidateBuilder.Rep(2, "Ben Okafor").AwayUntil(RepCandidateBuilder.Now.AddDays(3)).Build(),
            RepCandidateBuilder.Rep(3, "Chen Li").With(RepAvailability.Away).Build(),
            RepCandidateBuilder.Rep(4, "Dev Patel").With(RepAvailability.Away).Build(),
            RepCandidateBuilder.Rep(5, "Eve Martin").In(RepCandidateBuilder.NewYork).Build(),
            RepCandidateBuilder.Rep(6, "Femi Ade").In(RepCandidateBuilder.Sydney).Build(),
        };

        // Act
        var decision = Route.Lead(reps);

        // Assert
        Assert.AreEqual(RoutingDecisionKind.Fallback, decision.Kind);
        Assert.IsTrue(decision.IsFallback);
        Assert.AreEqual(RoutingIds.TeamManager, decision.AssigneeId);
        Assert.IsFalse(decision.AssigneeIsQueue);
        Assert.IsNull(decision.ManagerId);
        Assert.IsEmpty(decision.RunnerUpIds);
        Assert.AreEqual("Nobody eligible among 6 reps: 4 away, 2 outside working hours. Assigned to the team manager Dana Reyes.", decision.Reason);
    }

    [TestMethod]
    public void Decide_AllRepsAtCapacity_FallsBackToTheQueue()
    {
        // Arrange
        var reps = Enumerable.Range(1, 3).Select(n => RepCandidateBuilder.Rep(n, "Rep " + n).Holding(5, 5).Build()).ToArray();
        var queue = FallbackTarget.Queue(RoutingIds.InsideSalesQueue, "Inside sales");

        // Act
        var decision = Route.Lead(LeadRoutingProfileBuilder.Lead().Build(), reps, fallback: queue);

        // Assert
        Assert.AreEqual(RoutingIds.InsideSalesQueue, decision.AssigneeId);
        Assert.IsTrue(decision.AssigneeIsQueue);
        Assert.AreEqual("Nobody eligible among 3 reps: all 3 at capacity. Sent to the queue Inside sales.", decision.Reason);
    }

    [TestMethod]
    public void Decide_EveryReasonAtOnce_CountsEachRepUnderTheirFirstReason()
    {
        // Arrange: Ben is offline and at capacity: counted once, as offline.
        var reps = new[]
        {
            RepCandidateBuilder.Rep(1, "Ana Silva").Build(),
            RepCandidateBuilder.Rep(2, "Ben Okafor").With(RepAvailability.Offline).Holding(8, 8).Build(),
            RepCandidateBuilder.Rep(3, "Chen Li").With(RepAvailability.Away).Build(),
            RepCandidateBuilder.Rep(4, "Dev Patel").In(RepCandidateBuilder.NewYork).Build(),
            RepCandidateBuilder.Rep(5, "Eve Martin").Holding(0, 0).Build(),
        };

        // Act
        var decision = Route.Lead(LeadRoutingProfileBuilder.Lead().Build(), reps, excluded: new[] { RoutingIds.Rep(1) });

        // Assert
        Assert.AreEqual(
            "Nobody eligible among 5 reps: 1 rejected this lead, 1 offline, 1 away, 1 outside working hours, 1 at capacity. Assigned to the team manager Dana Reyes.",
            decision.Reason);
    }

    [TestMethod]
    public void Decide_NoReps_FallsBackWithoutThrowing()
    {
        // Act
        var decision = Route.Lead(Array.Empty<RepCandidate>());

        // Assert
        Assert.IsTrue(decision.IsFallback);
        Assert.AreEqual("Nobody eligible: no reps were given for this lead's team. Assigned to the team manager Dana Reyes.", decision.Reason);
    }

    [TestMethod]
    public void Decide_EveryRepRejectedTheLead_FallsBack()
    {
        // Arrange
        var reps = new[] { RepCandidateBuilder.Rep(1, "Ana Silva").Build(), RepCandidateBuilder.Rep(2, "Ben Okafor").Build() };

        // Act
        var decision = Route.Lead(LeadRoutingProfileBuilder.Lead().Build(), reps, excluded: new[] { RoutingIds.Rep(1), RoutingIds.Rep(2) });

        // Assert
        Assert.AreEqual("Nobody eligible among 2 reps: both rejected this lead. Assigned to the team manager Dana Reyes.", decision.Reason);
    }
}
