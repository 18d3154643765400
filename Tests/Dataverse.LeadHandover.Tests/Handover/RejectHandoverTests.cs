using System;
using System.Linq;
using Dataverse.LeadHandover.Domain.Schema;
using Dataverse.LeadHandover.Tests.Builders;
using Dataverse.LeadHandover.Tests.Hosting;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.LeadHandover.Tests.Handover;

/// <summary>lh_RejectHandover through the in-memory pipeline: a reason, the next rep, nobody who rejected, and no cost to fairness.</summary>
[TestClass]
public sealed class RejectHandoverTests
{
    private static readonly DateTime Start = LeadHandoverHost.Start.UtcDateTime;

    [TestMethod]
    [DataRow("", DisplayName = "empty")]
    [DataRow("   \n ", DisplayName = "blank")]
    public void Reject_WithoutAReason_IsRefusedAndTheHandoverStays(string reason)
    {
        var scenario = Scenario.Create();

        var message = PlatformFault.ExpectRefusal(() => HandoverApis.Reject(scenario.Host.As(scenario.First), scenario.HandoverId, reason));

        StringAssert.Contains(message, "Give a reason");
        Assert.AreEqual(scenario.HandoverId, scenario.Host.OpenHandoversOf(scenario.LeadId).Single().Id);
    }

    [TestMethod]
    public void Reject_WithAReason_ClosesItAsRejectedAndRoutesToTheNextRep()
    {
        var scenario = Scenario.Create();
        var host = scenario.Host;
        host.Clock.Advance(TimeSpan.FromMinutes(5));

        var newHandoverId = HandoverApis.Reject(host.As(scenario.First), scenario.HandoverId, "  Conflict of interest: the prospect is my brother-in-law ");

        var rejected = host.System.Retrieve(HandoverSchema.EntityName, scenario.HandoverId, new ColumnSet(true));
        Assert.AreEqual(HandoverStatus.Rejected, rejected.GetAttributeValue<OptionSetValue>(HandoverSchema.HandoverStatus).Value);
        Assert.AreEqual("Conflict of interest: the prospect is my brother-in-law", rejected.GetAttributeValue<string>(HandoverSchema.OutcomeReason));
        var open = host.OpenHandoversOf(scenario.LeadId).Single();
        Assert.AreEqual(newHandoverId, open.Id);
        Assert.AreEqual(scenario.Second, open.GetAttributeValue<EntityReference>(HandoverSchema.RepId).Id);
        Assert.AreEqual(Start.AddMinutes(5), open.GetAttributeValue<DateTime>(HandoverSchema.AssignedOn));
        var lead = host.Lead(scenario.LeadId);
        Assert.AreEqual(scenario.Second, lead.GetAttributeValue<EntityReference>(LeadSchema.OwnerId).Id);
        Assert.AreEqual(newHandoverId, lead.GetAttributeValue<EntityReference>(LeadSchema.CurrentHandoverId).Id);
    }

    [TestMethod]
    public void Reject_ByTheIntegrationUserForAnExpiredSla_ClosesItAsExpiredAndRoutesToTheNextRep()
    {
        // The SLA sweep in Functions runs as the application user holding the integration role.
        var scenario = Scenario.Create();
        var host = scenario.Host;
        host.Clock.Advance(TimeSpan.FromHours(3));

        var newHandoverId = HandoverApis.Reject(host.Integration, scenario.HandoverId, "Not acknowledged within the SLA: reassigned automatically");

        var expired = host.System.Retrieve(HandoverSchema.EntityName, scenario.HandoverId, new ColumnSet(true));
        Assert.AreEqual(HandoverStatus.Expired, expired.GetAttributeValue<OptionSetValue>(HandoverSchema.HandoverStatus).Value);
        var open = host.OpenHandoversOf(scenario.LeadId).Single();
        Assert.AreEqual(newHandoverId, open.Id);
        Assert.AreEqual(scenario.Second, open.GetAttributeValue<EntityReference>(HandoverSchema.RepId).Id);
        Assert.AreEqual(newHandoverId, HandoverApis.Reject(host.Integration, scenario.HandoverId, "Sweep ran twice"), "A second sweep gets the first result.");
    }

    [TestMethod]
    public void Reject_ByEveryRepInTurn_NeverRoutesBackToAnyoneWhoRejected()
    {
        var scenario = Scenario.Create();
        var host = scenario.Host;

        var second = HandoverApis.Reject(host.As(scenario.First), scenario.HandoverId, "Travelling all week");
        host.Clock.Advance(TimeSpan.FromMinutes(1));
        var third = HandoverApis.Reject(host.As(scenario.Second), second, "Not my territory");

        var open = host.OpenHandoversOf(scenario.LeadId).Single();
        Assert.AreEqual(third, open.Id);
        var assignee = open.GetAttributeValue<EntityReference>(HandoverSchema.RepId).Id;
        Assert.AreNotEqual(scenario.First, assignee);
        Assert.AreNotEqual(scenario.Second, assignee);
        Assert.AreEqual(scenario.Manager, assignee, "both reps rejected: their manager takes it");
        Assert.AreEqual(AssignmentKind.Fallback, open.GetAttributeValue<OptionSetValue>(HandoverSchema.AssignmentKind).Value);
        StringAssert.Contains(open.GetAttributeValue<string>(HandoverSchema.AssignmentReason), "rejected this lead");
    }

    [TestMethod]
    public void Reject_Twice_AnswersTheSameNewHandoverAndCreatesNoOther()
    {
        var scenario = Scenario.Create();
        var host = scenario.Host;
        var first = HandoverApis.Reject(host.As(scenario.First), scenario.HandoverId, "Travelling all week");

        var again = HandoverApis.Reject(host.As(scenario.First), scenario.HandoverId, "Travelling all week");

        Assert.AreEqual(first, again);
        Assert.HasCount(2, host.HandoversOf(scenario.LeadId));
    }

    [TestMethod]
    public void Reject_RestoresTheRejectingRepsPlaceInTheRotation()
    {
        var earlier = Start.AddDays(-3);
        var scenario = Scenario.Create(firstLastAssigned: earlier);
        Assert.AreEqual(Start, scenario.Host.ProfileOf(scenario.First).GetAttributeValue<DateTime>(RepProfileSchema.LastAssignedOn), "stamped by the assignment");

        HandoverApis.Reject(scenario.Host.As(scenario.First), scenario.HandoverId, "Travelling all week");

        // Her previous handover on the ledger is the history's; the rejected lead no longer counts as her turn.
        var profile = scenario.Host.ProfileOf(scenario.First);
        Assert.AreEqual(earlier, profile.GetAttributeValue<DateTime>(RepProfileSchema.LastAssignedOn));
    }

    [TestMethod]
    public void Reject_BySomeoneWhoIsNeitherTheRepNorAManager_IsRefused()
    {
        var scenario = Scenario.Create();

        var message = PlatformFault.ExpectRefusal(() => HandoverApis.Reject(scenario.Host.As(scenario.Second), scenario.HandoverId, "I'd rather not"));

        StringAssert.Contains(message, "You can't reject this handover");
        Assert.AreEqual(scenario.HandoverId, scenario.Host.OpenHandoversOf(scenario.LeadId).Single().Id);
    }

    /// <summary>Two reps reporting to Morgan; the first (waiting longer) gets a Hot lead at Monday 09:00 UTC.</summary>
    private sealed record Scenario(LeadHandoverHost Host, Guid Manager, Guid First, Guid Second, Guid LeadId, Guid HandoverId)
    {
        public static Scenario Create(DateTime? firstLastAssigned = null)
        {
            var host = LeadHandoverHost.Create();
            var web = host.AddSource("Website");
            var manager = host.AddSalesManager("Morgan Reyes");
            var lastAssigned = firstLastAssigned ?? Start.AddDays(-2);
            var first = host.AddRep(RepBuilder.Named("Ana Costa").LastAssigned(lastAssigned).ReportingTo(manager));
            var second = host.AddRep(RepBuilder.Named("Ben Osei").LastAssigned(lastAssigned.AddHours(12)).ReportingTo(manager));
            if (firstLastAssigned is DateTime earlier)
            {
                LedgerHistory.AddAcknowledged(host.System, first, web, LeadTier.Cold, count: 1, minutes: 10, converted: 0, earlier);
            }

            var leadId = host.Marketing.Create(LeadBuilder.QualifiedHot(web).Build());
            var handover = host.HandoversOf(leadId).Single();
            Assert.AreEqual(first, handover.GetAttributeValue<EntityReference>(HandoverSchema.RepId).Id, "the scenario needs the first rep chosen");
            return new Scenario(host, manager, first, second, leadId, handover.Id);
        }
    }
}
