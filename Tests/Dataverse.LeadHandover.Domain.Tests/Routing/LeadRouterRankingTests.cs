using System;
using System.Linq;
using Dataverse.LeadHandover.Domain.Routing;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Dataverse.LeadHandover.Domain.Tests.Routing;

/// <summary>
/// Each ranking factor on its own (the other reps equal, rep 1 winning ties on user id), then combined.
/// Track-record scores here: speed 30 / (30 + median minutes), averaged with the conversion rate.
/// </summary>
[TestClass]
public sealed class LeadRouterRankingTests
{
    public enum Fact
    {
        Segment,
        Territory,
        Industry,
        Product,
    }

    [TestMethod]
    [DataRow(Fact.Segment)]
    [DataRow(Fact.Territory)]
    [DataRow(Fact.Industry)]
    [DataRow(Fact.Product)]
    public void Decide_OnlyOneRepCoversTheLeadsFact_ChoosesThem(Fact fact)
    {
        // Arrange
        var lead = LeadRoutingProfileBuilder.Lead();
        var covering = RepCandidateBuilder.Rep(2, "Ben Okafor");
        _ = fact switch
        {
            Fact.Segment => (lead.InSegment("Enterprise"), covering.Covering(segmentNames: new[] { "SMB", "Enterprise" })),
            Fact.Territory => (lead.InTerritory("EMEA"), covering.Covering(territoryNames: new[] { "EMEA" })),
            Fact.Industry => (lead.InIndustry("Manufacturing"), covering.Covering(skillNames: new[] { "Manufacturing" })),
            _ => (lead.InterestedIn("Forecasting"), covering.Covering(skillNames: new[] { "Forecasting" })),
        };
        var reps = new[] { RepCandidateBuilder.Rep(1, "Ana Silva").Build(), covering.Build() };

        // Act
        var decision = Route.Lead(lead.Build(), reps);

        // Assert
        Assert.AreEqual(RoutingIds.Rep(2), decision.AssigneeId);
    }

    [TestMethod]
    public void Decide_CoverageWrittenInAnotherCase_StillMatches()
    {
        // Arrange
        var lead = LeadRoutingProfileBuilder.Lead().InSegment("enterprise").InIndustry(" MANUFACTURING ").Build();
        var reps = new[]
        {
            RepCandidateBuilder.Rep(1, "Ana Silva").Build(),
            RepCandidateBuilder.Rep(2, "Ben Okafor").Covering(segmentNames: new[] { "Enterprise" }, skillNames: new[] { "Manufacturing" }).Build(),
        };

        // Act
        var decision = Route.Lead(lead, reps);

        // Assert
        Assert.AreEqual(RoutingIds.Rep(2), decision.AssigneeId);
        StringAssert.Contains(decision.Reason, "matches segment enterprise and skill MANUFACTURING", StringComparison.Ordinal);
    }

    [TestMethod]
    public void Decide_MoreOfTheProductsCovered_Wins()
    {
        // Arrange
        var lead = LeadRoutingProfileBuilder.Lead().InterestedIn("Forecasting", "Pipeline", "Quotes").Build();
        var reps = new[]
        {
            RepCandidateBuilder.Rep(1, "Ana Silva").Covering(skillNames: new[] { "Forecasting" }).Build(),
            RepCandidateBuilder.Rep(2, "Ben Okafor").Covering(skillNames: new[] { "Quotes", "Forecasting" }).Build(),
        };

        // Act
        var decision = Route.Lead(lead, reps);

        // Assert
        Assert.AreEqual(RoutingIds.Rep(2), decision.AssigneeId);
    }

    [TestMethod]
    public void Decide_BetterTrackRecordWithThisKindOfLead_Wins()
    {
        // Arrange: Ana 0.5 (30 min median, 5 of 10 converted); Ben 0.8 (instant, 6 of 10).
        var reps = new[]
        {
            RepCandidateBuilder.Rep(1, "Ana Silva").WithRecord(10, 10, 30, 5).Build(),
            RepCandidateBuilder.Rep(2, "Ben Okafor").WithRecord(10, 10, 0, 6).Build(),
        };

        // Act
        var decision = Route.Lead(reps);

        // Assert
        Assert.AreEqual(RoutingIds.Rep(2), decision.AssigneeId);
    }

    [TestMethod]
    public void Decide_TrackRecordBelowTheMinimumSample_DoesNotCount()
    {
        // Arrange: a perfect record from 4 handovers, one short of the minimum of 5.
        var reps = new[]
        {
            RepCandidateBuilder.Rep(1, "Ana Silva").Build(),
            RepCandidateBuilder.Rep(2, "Ben Okafor").WithRecord(4, 4, 0, 4).Build(),
        };

        // Act
        var decision = Route.Lead(reps);

        // Assert
        Assert.AreEqual(RoutingIds.Rep(1), decision.AssigneeId);
        StringAssert.Contains(decision.Reason, "Ben Okafor 0.", StringComparison.Ordinal);
        StringAssert.Contains(decision.Reason, "no Web/Hot track record yet (n=4, counts from 5)", StringComparison.Ordinal);
    }

    [TestMethod]
    [DataRow("Event", "Hot", DisplayName = "Another source")]
    [DataRow("Web", "Warm", DisplayName = "Another tier")]
    public void Decide_TrackRecordWithAnotherKindOfLead_DoesNotCount(string source, string tier)
    {
        // Arrange
        var sourceId = source == "Event" ? RoutingIds.EventSource : RoutingIds.WebSource;
        var reps = new[]
        {
            RepCandidateBuilder.Rep(1, "Ana Silva").Build(),
            RepCandidateBuilder.Rep(2, "Ben Okafor").WithRecord(50, 50, 0, 50, sourceId, tier).Build(),
        };

        // Act
        var decision = Route.Lead(reps);

        // Assert
        Assert.AreEqual(RoutingIds.Rep(1), decision.AssigneeId);
    }

    [TestMethod]
    public void Decide_NewRepWithoutHistory_IsScoredAsTheTeamMedianAndStillGetsLeads()
    {
        // Arrange: the experienced reps score 0.8, 0.6 and 0.4 (median 0.6) and were assigned recently.
        var reps = new[]
        {
            RepCandidateBuilder.Rep(1, "Ana Silva").WithRecord(10, 10, 0, 6).LastAssignedAgo(TimeSpan.FromMinutes(5)).Build(),
            RepCandidateBuilder.Rep(2, "Ben Okafor").WithRecord(10, 10, 30, 7).LastAssignedAgo(TimeSpan.FromMinutes(10)).Build(),
            RepCandidateBuilder.Rep(3, "Chen Li").WithRecord(20, 20, 90, 11).LastAssignedAgo(TimeSpan.FromMinutes(15)).Build(),
            RepCandidateBuilder.Rep(4, "Dev Patel").LastAssigned(null).Build(),
        };

        // Act
        var decision = Route.Lead(reps);

        // Assert
        Assert.AreEqual(RoutingIds.Rep(4), decision.AssigneeId);
        StringAssert.StartsWith(decision.Reason, "Chosen: Dev Patel — available (Mon-Fri 09:00-17:30 GMT Standard Time), 0 of 8 open, no Web/Hot track record yet (n=0, counts from 5), scored 0.60 as the team median, never assigned before, so first in line.", StringComparison.Ordinal);
    }

    [TestMethod]
    public void Decide_FloorBaseline_ScoresNewRepsAtTheFloorEvenAboveAWeakTeam()
    {
        // Arrange: Ana's record scores 0.2; a new rep at a floor of 0.5 beats her, all else equal.
        var policy = new RoutingPolicy { NewRepBaseline = TrackRecordBaseline.Floor, TrackRecordFloor = 0.5 };
        var reps = new[]
        {
            RepCandidateBuilder.Rep(1, "Ana Silva").WithRecord(10, 10, 120, 0).Build(),
            RepCandidateBuilder.Rep(2, "Ben Okafor").Build(),
        };

        // Act
        var decision = Route.Lead(reps, policy);

        // Assert
        Assert.AreEqual(RoutingIds.Rep(2), decision.AssigneeId);
        StringAssert.Contains(decision.Reason, "scored 0.50 at the floor", StringComparison.Ordinal);
    }

    [TestMethod]
    public void Decide_LongerWait_WinsAmongOtherwiseEqualReps()
    {
        // Arrange
        var reps = new[]
        {
            RepCandidateBuilder.Rep(1, "Ana Silva").LastAssignedAgo(TimeSpan.FromMinutes(20)).Build(),
            RepCandidateBuilder.Rep(2, "Ben Okafor").LastAssignedAgo(TimeSpan.FromHours(2)).Build(),
            RepCandidateBuilder.Rep(3, "Chen Li").LastAssignedAgo(TimeSpan.FromHours(1)).Build(),
        };

        // Act
        var decision = Route.Lead(reps);

        // Assert
        Assert.AreEqual(RoutingIds.Rep(2), decision.AssigneeId);
        CollectionAssert.AreEqual(new[] { RoutingIds.Rep(3), RoutingIds.Rep(1) }, decision.RunnerUpIds.ToArray());
    }

    [TestMethod]
    public void Decide_NoRotationWeight_StillBreaksScoreTiesByLongestWait()
    {
        // Arrange
        var policy = new RoutingPolicy { RotationWeight = 0 };
        var reps = new[]
        {
            RepCandidateBuilder.Rep(1, "Ana Silva").LastAssignedAgo(TimeSpan.FromMinutes(20)).Build(),
            RepCandidateBuilder.Rep(2, "Ben Okafor").LastAssignedAgo(TimeSpan.FromHours(2)).Build(),
        };

        // Act
        var decision = Route.Lead(reps, policy);

        // Assert
        Assert.AreEqual(RoutingIds.Rep(2), decision.AssigneeId);
    }

    [TestMethod]
    public void Decide_IdenticalReps_GoToTheLowestUserIdWhateverTheirOrder()
    {
        // Arrange
        var reps = new[] { 5, 3, 4, 1, 2 }.Select(n => RepCandidateBuilder.Rep(n, "Rep " + n).Build()).ToArray();

        // Act
        var decision = Route.Lead(reps);
        var reversed = Route.Lead(reps.Reverse().ToArray());

        // Assert
        Assert.AreEqual(RoutingIds.Rep(1), decision.AssigneeId);
        Assert.AreEqual(RoutingIds.Rep(1), reversed.AssigneeId);
        CollectionAssert.AreEqual(decision.RunnerUpIds.ToArray(), reversed.RunnerUpIds.ToArray());
    }

    [TestMethod]
    public void Decide_BetterMatch_OutweighsALongWaitAndAStrongRecordByDefault()
    {
        // Arrange: Ana covers everything but is new and was just assigned; Ben covers nothing, waited three days and scores 0.9.
        var lead = LeadRoutingProfileBuilder.Lead().InSegment("Enterprise").InTerritory("EMEA").InIndustry("Manufacturing").Build();
        var reps = new[]
        {
            RepCandidateBuilder.Rep(1, "Ana Silva").Covering(new[] { "Enterprise" }, new[] { "EMEA" }, new[] { "Manufacturing" }).LastAssignedAgo(TimeSpan.FromMinutes(1)).Build(),
            RepCandidateBuilder.Rep(2, "Ben Okafor").WithRecord(40, 40, 0, 32).LastAssignedAgo(TimeSpan.FromDays(3)).Build(),
        };

        // Act
        var byDefault = Route.Lead(lead, reps);
        var trackRecordOnly = Route.Lead(lead, reps, new RoutingPolicy { MatchWeight = 0 });

        // Assert
        Assert.AreEqual(RoutingIds.Rep(1), byDefault.AssigneeId);
        Assert.AreEqual(RoutingIds.Rep(2), trackRecordOnly.AssigneeId);
    }

    [TestMethod]
    [DataRow(90, 1, DisplayName = "Ben waited 1.5 h: Ana 0.873 (record 0.8) beats Ben 0.85 (record 0.5)")]
    [DataRow(120, 2, DisplayName = "Ben waited 2 h: Ben 0.85 beats Ana 0.84")]
    public void Decide_RecordAgainstWait_TheWeightedSumDecides(int benWaitedMinutes, int expectedRep)
    {
        // Arrange: both match fully; Ana (record 0.8) was assigned an hour ago, Ben (record 0.5) longer.
        var lead = LeadRoutingProfileBuilder.Lead().InSegment("Enterprise").Build();
        var reps = new[]
        {
            RepCandidateBuilder.Rep(1, "Ana Silva").Covering(new[] { "Enterprise" }).WithRecord(10, 10, 0, 6).LastAssignedAgo(TimeSpan.FromHours(1)).Build(),
            RepCandidateBuilder.Rep(2, "Ben Okafor").Covering(new[] { "Enterprise" }).WithRecord(10, 10, 30, 5).LastAssignedAgo(TimeSpan.FromMinutes(benWaitedMinutes)).Build(),
        };

        // Act
        var decision = Route.Lead(lead, reps);

        // Assert: score = 0.5 × match + 0.3 × record + 0.2 × (wait / longest wait).
        Assert.AreEqual(RoutingIds.Rep(expectedRep), decision.AssigneeId);
    }
}
