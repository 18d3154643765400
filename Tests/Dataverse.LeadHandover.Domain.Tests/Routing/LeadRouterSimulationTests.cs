using System;
using System.Collections.Generic;
using System.Linq;
using Dataverse.LeadHandover.Domain.Routing;
using Dataverse.LeadHandover.Domain.Sla;
using Dataverse.LeadHandover.Domain.Tests.Sla;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Dataverse.LeadHandover.Domain.Tests.Routing;

/// <summary>
/// Seeded, deterministic simulations of 10 000 handovers, a lead every 10 minutes to 12 comparable reps (same
/// coverage, no history, round-the-clock calendar). Each winner is stamped as the adapter would: last
/// assigned now, one more open handover, which closes later.
/// </summary>
[TestClass]
public sealed class LeadRouterSimulationTests
{
    private const int Leads = 10_000;
    private const int Reps = 12;

    private static readonly BusinessCalendar RoundTheClock = Calendars.AllHours(Calendars.London);

    [TestMethod]
    public void Decide_SteadyTeamForTenThousandLeads_TakesStrictTurns()
    {
        // Act: nobody goes away and capacity never binds.
        var outcome = Simulate(new Team(AbsenceRate: new double[Reps / 2], Capacity: 1000), seed: 7);

        // Assert: round robin, so counts differ by at most one and nobody waits more than a round.
        Assert.AreEqual(Leads, outcome.Assigned.Sum());
        Assert.IsLessThanOrEqualTo(1, outcome.Assigned.Max() - outcome.Assigned.Min());
        Assert.AreEqual(Reps - 1, outcome.LongestEligibleWait);
    }

    [TestMethod]
    public void Decide_TenThousandLeadsWithAbsencesAndCapacity_NoEligibleRepStarvesAndComparableRepsStayClose()
    {
        // Arrange: 6 pairs of reps who go away together for 1 to 24 hours, each pair at its own rate (from never to
        // about once every 100 leads); capacity 4, with handovers closing 10 minutes to 8 hours after assignment,
        // so reps are regularly at capacity too.
        var team = new Team(AbsenceRate: new[] { 0, 0.002, 0.004, 0.006, 0.008, 0.01 }, Capacity: 4);

        // Act
        var outcome = Simulate(team, seed: 20250602);

        // Assert: starvation. Counting from when a rep (re)becomes eligible, ahead of them are at most the 11
        // others, plus reps coming back whose 2-turn catch-up credit reaches past them, which can only happen in
        // their first 2 turns of waiting: 2 × 12 is a safe ceiling.
        Assert.IsLessThanOrEqualTo(2 * Reps, outcome.LongestEligibleWait, "Longest run of leads an eligible rep waited through.");

        // Assert: the two reps of a pair are comparable (same coverage, same absences); only when their own
        // handovers close differs, which decides when each is at capacity. Rotation keeps them within 3 % of
        // each other; choosing at random would put them about 6 % apart (2 standard deviations of ~1 000 picks).
        for (var pair = 0; pair < Reps / 2; pair++)
        {
            var first = outcome.Assigned[2 * pair];
            var second = outcome.Assigned[(2 * pair) + 1];
            Assert.IsLessThanOrEqualTo(0.03 * (first + second) / 2, Math.Abs(first - second), "Pair " + pair + ": " + first + " and " + second);
        }

        // Assert: everyone works; the reps away least get the most.
        Assert.AreEqual(Leads, outcome.Assigned.Sum() + outcome.Fallbacks);
        Assert.IsGreaterThan(outcome.Assigned[11], outcome.Assigned[0]);
    }

    private static Outcome Simulate(Team team, int seed)
    {
        var random = new Random(seed);
        var now = Calendars.Utc(2025, 1, 6, 0, 0);
        var lastAssigned = new DateTime?[Reps];
        var awayUntil = new DateTime?[Reps];
        var closes = Enumerable.Range(0, Reps).Select(_ => new List<DateTime>()).ToArray();
        var assigned = new int[Reps];
        var waited = new int[Reps];
        var longestWait = 0;
        var fallbacks = 0;
        var lead = LeadRoutingProfileBuilder.Lead().InSegment("Enterprise").Build();

        for (var step = 0; step < Leads; step++)
        {
            now = now.AddMinutes(10);
            for (var pair = 0; pair < Reps / 2; pair++)
            {
                var a = 2 * pair;
                if ((awayUntil[a] is null || awayUntil[a] <= now) && random.NextDouble() < team.AbsenceRate[pair])
                {
                    awayUntil[a] = awayUntil[a + 1] = now.AddMinutes(random.Next(60, 24 * 60));
                }
            }

            var reps = new RepCandidate[Reps];
            var eligible = new List<int>();
            for (var r = 0; r < Reps; r++)
            {
                closes[r].RemoveAll(close => close <= now);
                reps[r] = new RepCandidate(RoutingIds.Rep(r + 1), "Rep " + (r + 1), RoundTheClock)
                {
                    AwayUntilUtc = awayUntil[r],
                    Capacity = team.Capacity,
                    OpenHandovers = closes[r].Count,
                    Segments = new[] { "Enterprise" },
                    LastAssignedUtc = lastAssigned[r],
                };
                if ((awayUntil[r] is null || awayUntil[r] <= now) && closes[r].Count < team.Capacity)
                {
                    eligible.Add(r);
                }
                else
                {
                    waited[r] = 0;
                }
            }

            var decision = LeadRouter.Decide(lead, reps, RoutingPolicy.Default, now, null, Route.TeamManager, null);
            if (decision.IsFallback)
            {
                Assert.IsEmpty(eligible, "The router fell back although the simulation counts eligible reps.");
                fallbacks++;
                continue;
            }

            var chosen = Array.FindIndex(reps, rep => rep.UserId == decision.AssigneeId);
            Assert.Contains(chosen, eligible, "The router chose a rep the simulation counts ineligible.");
            foreach (var r in eligible)
            {
                waited[r] = r == chosen ? 0 : waited[r] + 1;
                longestWait = Math.Max(longestWait, waited[r]);
            }

            assigned[chosen]++;
            lastAssigned[chosen] = now;
            closes[chosen].Add(now.AddMinutes(random.Next(10, 8 * 60)));
        }

        return new Outcome(assigned, fallbacks, longestWait);
    }

    private sealed record Team(double[] AbsenceRate, int Capacity);

    private sealed record Outcome(int[] Assigned, int Fallbacks, int LongestEligibleWait);
}
