using System;
using Dataverse.LeadHandover.Domain.Routing;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Dataverse.LeadHandover.Domain.Tests.Routing;

[TestClass]
public sealed class LeadRouterManagerChoiceTests
{
    public enum Situation
    {
        Eligible,
        AwayUntilTomorrow,
        Offline,
        OutsideWorkingHours,
        AtCapacity,
        RejectedThisLead,
    }

    [TestMethod]
    [DataRow(Situation.Eligible, "")]
    [DataRow(Situation.AwayUntilTomorrow, " Honoured although they are away until 2025-06-03 09:00 UTC.")]
    [DataRow(Situation.Offline, " Honoured although they are offline.")]
    [DataRow(Situation.OutsideWorkingHours, " Honoured although it is outside their working hours (Mon-Fri 09:00-17:30 Eastern Standard Time).")]
    [DataRow(Situation.AtCapacity, " Honoured although they are at capacity (8 of 8 open).")]
    [DataRow(Situation.RejectedThisLead, " Honoured although they rejected this lead earlier.")]
    public void Decide_ManagerNamedTheOwner_IsHonouredEligibleOrNot(Situation situation, string expectedNote)
    {
        // Arrange: Ana would win on routing; the manager picked Ben.
        var ben = RepCandidateBuilder.Rep(2, "Ben Okafor");
        _ = situation switch
        {
            Situation.AwayUntilTomorrow => ben.AwayUntil(RepCandidateBuilder.Now.AddHours(23)),
            Situation.Offline => ben.With(RepAvailability.Offline),
            Situation.OutsideWorkingHours => ben.In(RepCandidateBuilder.NewYork),
            Situation.AtCapacity => ben.Holding(8, 8),
            _ => ben,
        };
        var reps = new[] { RepCandidateBuilder.Rep(1, "Ana Silva").Build(), ben.Build() };
        var excluded = situation == Situation.RejectedThisLead ? new[] { RoutingIds.Rep(2) } : Array.Empty<Guid>();

        // Act
        var decision = Route.Lead(LeadRoutingProfileBuilder.Lead().Build(), reps, managerChoice: RoutingIds.Rep(2), excluded: excluded);

        // Assert
        Assert.AreEqual(RoutingDecisionKind.ManagerChoice, decision.Kind);
        Assert.AreEqual(RoutingIds.Rep(2), decision.AssigneeId);
        Assert.AreEqual(RoutingIds.Manager(1), decision.ManagerId);
        Assert.AreEqual("Chosen by a manager: Ben Okafor; routing was not applied." + expectedNote, decision.Reason);
    }

    [TestMethod]
    public void Decide_ManagerNamedAUserWithoutARepProfile_IsHonoured()
    {
        // Arrange
        var someone = new Guid("00000000-0000-0000-0000-00000000abcd");

        // Act
        var decision = Route.Lead(LeadRoutingProfileBuilder.Lead().Build(), new[] { RepCandidateBuilder.Rep(1, "Ana Silva").Build() }, managerChoice: someone);

        // Assert
        Assert.AreEqual(RoutingDecisionKind.ManagerChoice, decision.Kind);
        Assert.AreEqual(someone, decision.AssigneeId);
        Assert.IsNull(decision.ManagerId);
        Assert.AreEqual("Chosen by a manager: a user with no rep profile (00000000-0000-0000-0000-00000000abcd); routing was not applied.", decision.Reason);
    }

    [TestMethod]
    public void Decide_ManagerChoiceWhenNobodyIsEligible_IsStillTheManagersChoice()
    {
        // Arrange
        var reps = new[] { RepCandidateBuilder.Rep(1, "Ana Silva").With(RepAvailability.Away).Build() };

        // Act
        var decision = Route.Lead(LeadRoutingProfileBuilder.Lead().Build(), reps, managerChoice: RoutingIds.Rep(1));

        // Assert
        Assert.AreEqual(RoutingDecisionKind.ManagerChoice, decision.Kind);
        Assert.IsFalse(decision.IsFallback);
        Assert.AreEqual("Chosen by a manager: Ana Silva; routing was not applied. Honoured although they are away.", decision.Reason);
    }
}
