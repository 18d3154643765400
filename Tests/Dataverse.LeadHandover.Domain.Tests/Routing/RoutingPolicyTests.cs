using System;
using Dataverse.LeadHandover.Domain.Routing;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Dataverse.LeadHandover.Domain.Tests.Routing;

[TestClass]
public sealed class RoutingPolicyTests
{
    [TestMethod]
    public void Default_HasTheDocumentedSettings()
    {
        // Act
        var policy = RoutingPolicy.Default;

        // Assert
        Assert.AreEqual(0.5, policy.MatchWeight);
        Assert.AreEqual(0.3, policy.TrackRecordWeight);
        Assert.AreEqual(0.2, policy.RotationWeight);
        Assert.AreEqual(5, policy.MinimumSampleSize);
        Assert.AreEqual(TrackRecordBaseline.TeamMedian, policy.NewRepBaseline);
        Assert.AreEqual(0.5, policy.TrackRecordFloor);
        Assert.AreEqual(2, policy.CatchUpTurns);
        Assert.AreEqual(2, policy.RunnersUpInReason);
    }

    [TestMethod]
    public void New_NegativeWeight_IsRefused() =>
        Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => new RoutingPolicy { MatchWeight = -0.1 });

    [TestMethod]
    [DataRow(-0.01)]
    [DataRow(1.01)]
    public void New_FloorOutsideZeroToOne_IsRefused(double floor) =>
        Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => new RoutingPolicy { TrackRecordFloor = floor });

    [TestMethod]
    public void New_MinimumSampleOfZero_IsRefused() =>
        Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => new RoutingPolicy { MinimumSampleSize = 0 });

    [TestMethod]
    public void New_NegativeCatchUp_IsRefused() =>
        Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => new RoutingPolicy { CatchUpTurns = -1 });

    [TestMethod]
    public void Decide_AllWeightsZero_FallsToLongestWaitThenUserId()
    {
        // Arrange
        var policy = new RoutingPolicy { MatchWeight = 0, TrackRecordWeight = 0, RotationWeight = 0 };
        var reps = new[]
        {
            RepCandidateBuilder.Rep(1, "Ana Silva").LastAssignedAgo(TimeSpan.FromMinutes(5)).Build(),
            RepCandidateBuilder.Rep(2, "Ben Okafor").LastAssignedAgo(TimeSpan.FromMinutes(50)).Build(),
        };

        // Act
        var decision = Route.Lead(reps, policy);

        // Assert
        Assert.AreEqual(RoutingIds.Rep(2), decision.AssigneeId);
    }

    [TestMethod]
    public void RepTrackRecord_MoreConversionsThanHandovers_IsRefused() =>
        Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => new RepTrackRecord(RoutingIds.WebSource, "Hot", 3, 3, 10, 4));
}
