using System;
using System.Linq;
using CsCheck;
using Dataverse.LeadHandover.Domain.Routing;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Dataverse.LeadHandover.Domain.Tests.Routing;

/// <summary>Properties over random teams: mixed coverage, history, load, waits, absences and time zones.</summary>
[TestClass]
public sealed class LeadRouterPropertyTests
{
    private static readonly string[] Segments = { "Enterprise", "SMB" };
    private static readonly string[] Territories = { "EMEA", "DACH" };
    private static readonly string[] Skills = { "Manufacturing", "Forecasting", "Quotes" };

    private static readonly Gen<RepCandidate> Rep = Gen.Select(
        Gen.Int[1, 60],
        Gen.Int[0, 3],
        Gen.Int[0, 7],
        Gen.Int[0, 60],
        Gen.Int[0, 300],
        Gen.Int[0, 5],
        Gen.Int[0, 9],
        (number, coverage, skills, handovers, waitedMinutes, calendar, open) =>
            RepCandidateBuilder.Rep(number, "Rep " + number)
                .In(calendar == 0 ? RepCandidateBuilder.NewYork : calendar == 1 ? RepCandidateBuilder.Berlin : RepCandidateBuilder.London)
                .Holding(open, 8)
                .Covering(
                    coverage % 2 == 0 ? Segments : new[] { Segments[1] },
                    coverage < 2 ? Territories : Array.Empty<string>(),
                    Skills.Where((_, i) => (skills & (1 << i)) != 0).ToArray())
                .WithRecord(handovers, handovers, handovers % 45, handovers / 3)
                .LastAssigned(waitedMinutes == 0 ? null : RepCandidateBuilder.Now.AddMinutes(-waitedMinutes))
                .AwayUntil(waitedMinutes % 7 == 0 ? RepCandidateBuilder.Now.AddMinutes(-waitedMinutes / 2) : null)
                .Build());

    private static readonly Gen<RepCandidate[]> Team = Rep.Array[0, 30]
        .Select(reps => reps.GroupBy(rep => rep.UserId).Select(group => group.First()).ToArray());

    private static readonly LeadRoutingProfile Lead =
        LeadRoutingProfileBuilder.Lead().InSegment("Enterprise").InTerritory("EMEA").InIndustry("Manufacturing").InterestedIn("Forecasting", "Quotes").Build();

    [TestMethod]
    public void Decide_SameTeamInAnyOrder_MakesTheSameDecision()
    {
        // Act / Assert: skipping reps who can't reach the top list must never change it.
        Team.Sample(
            reps =>
            {
                var policy = new RoutingPolicy { RunnersUpInReason = 3 };
                var forward = Route.Lead(Lead, reps, policy);
                var backward = Route.Lead(Lead, reps.Reverse().ToArray(), policy);
                return forward.AssigneeId == backward.AssigneeId && forward.RunnerUpIds.SequenceEqual(backward.RunnerUpIds);
            },
            iter: 500);
    }

    [TestMethod]
    public void Decide_RepWhoRejected_LeavesEveryoneElseRankedAsIfTheyWereNotThere()
    {
        // Act / Assert: a rejection is neutral: the others' order doesn't change.
        Team.Where(reps => reps.Length > 1).Sample(
            reps =>
            {
                var policy = new RoutingPolicy { RunnersUpInReason = 3 };
                var rejecting = reps[0].UserId;
                var withRejection = Route.Lead(Lead, reps, policy, excluded: new[] { rejecting });
                var without = Route.Lead(Lead, reps.Skip(1).ToArray(), policy);
                return withRejection.AssigneeId == without.AssigneeId && withRejection.RunnerUpIds.SequenceEqual(without.RunnerUpIds);
            },
            iter: 500);
    }

    [TestMethod]
    public void Decide_AnyTeam_ChoosesAnEligibleRepOrFallsBackWithAReasonThatFits()
    {
        // Act / Assert
        Team.Sample(
            reps =>
            {
                var decision = Route.Lead(Lead, reps);
                var chosenIsEligibleRep = reps.Any(rep => rep.UserId == decision.AssigneeId
                    && rep.OpenHandovers < rep.Capacity
                    && rep.Calendar.IsWorkingTime(RepCandidateBuilder.Now));
                return decision.Reason.Length <= RoutingDecision.MaxReasonLength
                    && (decision.IsFallback ? decision.AssigneeId == RoutingIds.TeamManager : chosenIsEligibleRep);
            },
            iter: 500);
    }
}
