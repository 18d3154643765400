using System;
using System.Linq;
using Dataverse.LeadHandover.Domain.Routing;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Dataverse.LeadHandover.Domain.Tests.Routing;

/// <summary>
/// Routing allocates per decision (the reason text, a handful of small arrays), never per rep, so a team of
/// 10 000 costs the collector no more than a team of 500. Counted on the test's own thread, so neither other
/// tests nor machine speed matter (timing is the benchmark's job).
/// </summary>
[TestClass]
public sealed class LeadRouterAllocationTests
{
    private const long BytesPerDecisionBudget = 16 * 1024;

    [TestMethod]
    [DataRow(500)]
    [DataRow(10_000)]
    public void Decide_LargeTeam_AllocatesOnlyForTheDecision(int teamSize)
    {
        // Arrange
        var lead = LeadRoutingProfileBuilder.Lead().InSegment("Enterprise").InTerritory("EMEA").InIndustry("Manufacturing").InterestedIn("Forecasting").Build();
        var calendars = new[] { RepCandidateBuilder.London, RepCandidateBuilder.Berlin, RepCandidateBuilder.NewYork };
        var reps = Enumerable.Range(1, teamSize)
            .Select(n => RepCandidateBuilder.Rep(n, "Rep " + n)
                .In(calendars[n % calendars.Length])
                .Holding(n % 9, 8)
                .Covering(new[] { n % 2 == 0 ? "Enterprise" : "SMB" }, new[] { "EMEA" }, new[] { "Manufacturing", "Forecasting" })
                .WithRecord(10 + (n % 30), 10, n % 60, n % 10)
                .LastAssignedAgo(TimeSpan.FromMinutes(n % 500))
                .Build())
            .ToArray();
        Route.Lead(lead, reps);

        // Act
        var before = GC.GetAllocatedBytesForCurrentThread();
        var decision = Route.Lead(lead, reps);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        // Assert
        Assert.AreEqual(RoutingDecisionKind.Routed, decision.Kind);
        Assert.IsLessThanOrEqualTo(BytesPerDecisionBudget, allocated, "Allocated " + allocated + " bytes for " + teamSize + " reps.");
    }
}
