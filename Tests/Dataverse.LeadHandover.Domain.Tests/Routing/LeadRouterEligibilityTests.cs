using System;
using System.Linq;
using Dataverse.LeadHandover.Domain.Routing;
using Dataverse.LeadHandover.Domain.Sla;
using Dataverse.LeadHandover.Domain.Tests.Sla;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Dataverse.LeadHandover.Domain.Tests.Routing;

[TestClass]
public sealed class LeadRouterEligibilityTests
{
    public enum Hindrance
    {
        AwayStatus,
        AwayStatusThoughAwayUntilPassed,
        Offline,
        AwayUntilLater,
        OutsideOwnWorkingHours,
        AtCapacity,
        RejectedThisLead,
    }

    [TestMethod]
    [DataRow(Hindrance.AwayStatus)]
    [DataRow(Hindrance.AwayStatusThoughAwayUntilPassed)]
    [DataRow(Hindrance.Offline)]
    [DataRow(Hindrance.AwayUntilLater)]
    [DataRow(Hindrance.OutsideOwnWorkingHours)]
    [DataRow(Hindrance.AtCapacity)]
    [DataRow(Hindrance.RejectedThisLead)]
    public void Decide_RepWhoWouldWinTheTieIsIneligible_ChoosesTheOther(Hindrance hindrance)
    {
        // Arrange: rep 1 wins every tie on user id, unless ineligible.
        var rep1 = RepCandidateBuilder.Rep(1, "Ana Silva");
        _ = hindrance switch
        {
            Hindrance.AwayStatus => rep1.With(RepAvailability.Away),
            Hindrance.AwayStatusThoughAwayUntilPassed => rep1.With(RepAvailability.Away).AwayUntil(RepCandidateBuilder.Now.AddHours(-1)),
            Hindrance.Offline => rep1.With(RepAvailability.Offline),
            Hindrance.AwayUntilLater => rep1.AwayUntil(RepCandidateBuilder.Now.AddMinutes(1)),
            Hindrance.OutsideOwnWorkingHours => rep1.In(RepCandidateBuilder.NewYork),
            Hindrance.AtCapacity => rep1.Holding(8, 8),
            _ => rep1,
        };
        var reps = new[] { rep1.Build(), RepCandidateBuilder.Rep(2, "Ben Okafor").Build() };
        var excluded = hindrance == Hindrance.RejectedThisLead ? new[] { RoutingIds.Rep(1) } : Array.Empty<Guid>();

        // Act
        var decision = Route.Lead(LeadRoutingProfileBuilder.Lead().Build(), reps, excluded: excluded);

        // Assert
        Assert.AreEqual(RoutingDecisionKind.Routed, decision.Kind);
        Assert.AreEqual(RoutingIds.Rep(2), decision.AssigneeId);
    }

    [TestMethod]
    public void Decide_AllEqual_ChoosesTheLowerUserIdSoTheTiebreakAboveIsMeaningful()
    {
        // Act
        var decision = Route.Lead(new[] { RepCandidateBuilder.Rep(2, "Ben Okafor").Build(), RepCandidateBuilder.Rep(1, "Ana Silva").Build() });

        // Assert
        Assert.AreEqual(RoutingIds.Rep(1), decision.AssigneeId);
    }

    [TestMethod]
    public void Decide_AwayUntilPassedAndAvailable_IsEligibleAgain()
    {
        // Arrange
        var reps = new[] { RepCandidateBuilder.Rep(1, "Ana Silva").AwayUntil(RepCandidateBuilder.Now).Build() };

        // Act
        var decision = Route.Lead(reps);

        // Assert
        Assert.AreEqual(RoutingIds.Rep(1), decision.AssigneeId);
    }

    [TestMethod]
    [DataRow(10, new[] { 1, 3 }, DisplayName = "10:00 UTC: London 11:00 and Berlin 12:00 work; New York 06:00 and Sydney 20:00 don't")]
    [DataRow(14, new[] { 1, 2, 3 }, DisplayName = "14:00 UTC: New York opens at 10:00; Sydney is at midnight")]
    [DataRow(23, new[] { 4 }, DisplayName = "23:00 UTC: only Sydney, at 09:00 on Tuesday")]
    public void Decide_RepsAcrossTimeZones_EachIsEligibleOnlyInsideTheirOwnWorkingHours(int hourUtc, int[] expectedEligible)
    {
        // Arrange
        var reps = new[]
        {
            RepCandidateBuilder.Rep(1, "Ana Silva").In(RepCandidateBuilder.London).Build(),
            RepCandidateBuilder.Rep(2, "Ben Okafor").In(RepCandidateBuilder.NewYork).Build(),
            RepCandidateBuilder.Rep(3, "Chen Li").In(RepCandidateBuilder.Berlin).Build(),
            RepCandidateBuilder.Rep(4, "Dev Patel").In(RepCandidateBuilder.Sydney).Build(),
        };
        var everyoneNamed = new RoutingPolicy { RunnersUpInReason = 5 };

        // Act
        var decision = Route.Lead(LeadRoutingProfileBuilder.Lead().Build(), reps, everyoneNamed, Calendars.Utc(2025, 6, 2, hourUtc, 0));

        // Assert
        var chosen = new[] { decision.AssigneeId }.Concat(decision.RunnerUpIds).OrderBy(id => id).ToArray();
        CollectionAssert.AreEqual(expectedEligible.Select(RoutingIds.Rep).ToArray(), chosen);
    }

    [TestMethod]
    public void Decide_RepOnAHolidayInTheirOwnCalendar_IsNotEligible()
    {
        // Arrange: 2 June 2025 is a holiday in Ana's calendar only.
        var anasCalendar = new BusinessCalendar(Calendars.London, Calendars.OfficeHours, new[] { Calendars.Date(2025, 6, 2) });
        var reps = new[]
        {
            RepCandidateBuilder.Rep(1, "Ana Silva").In(anasCalendar).Build(),
            RepCandidateBuilder.Rep(2, "Ben Okafor").Build(),
        };

        // Act
        var decision = Route.Lead(reps);

        // Assert
        Assert.AreEqual(RoutingIds.Rep(2), decision.AssigneeId);
    }

    [TestMethod]
    public void Decide_ManyRepsRejectedTheLead_LeavesThemAllOut()
    {
        // Arrange: more rejections than the short list the router scans, so the set lookup is used.
        var reps = Enumerable.Range(1, 12).Select(n => RepCandidateBuilder.Rep(n, "Rep " + n).Build()).ToArray();
        var excluded = Enumerable.Range(1, 11).Select(RoutingIds.Rep).ToHashSet();

        // Act
        var decision = Route.Lead(LeadRoutingProfileBuilder.Lead().Build(), reps, excluded: excluded);

        // Assert
        Assert.AreEqual(RoutingIds.Rep(12), decision.AssigneeId);
    }
}
