using System;
using System.Linq;
using Dataverse.LeadHandover.Domain.Intake;
using Dataverse.LeadHandover.Domain.Schema;
using Dataverse.LeadHandover.Tests.Builders;
using Dataverse.LeadHandover.Tests.Hosting;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.Tests.Handover;

/// <summary>
/// Routing end to end: rep profiles, the ledger's open handovers and track record are read from Dataverse, the
/// router decides, and the ledger row's reason names the deciding factor. Each test makes one factor differ.
/// </summary>
[TestClass]
public sealed class RoutingFactorTests
{
    private const int DurableManufacturing = 12;

    private static readonly DateTime Start = LeadHandoverHost.Start.UtcDateTime;

    [TestMethod]
    public void Route_OnlyOneRepHasTheLeadsIndustryAsASkill_ChoosesThemAndSaysSo()
    {
        var host = LeadHandoverHost.Create();
        var web = host.AddSource("Website");
        var industry = LeadChoiceLabels.Industry(DurableManufacturing)!;
        host.AddRep(RepBuilder.Named("Ben Osei").Skills("Financial"));
        var ana = host.AddRep(RepBuilder.Named("Ana Costa").Skills("Retail, " + industry));

        var handover = Assign(host, LeadBuilder.QualifiedHot(web).With(LeadSchema.IndustryCode, new OptionSetValue(DurableManufacturing)));

        Assert.AreEqual(ana, handover.GetAttributeValue<EntityReference>(HandoverSchema.RepId).Id);
        StringAssert.Contains(handover.GetAttributeValue<string>(HandoverSchema.AssignmentReason), "matches skill " + industry);
    }

    [TestMethod]
    public void Route_OnlyOneRepCoversTheCompanySizeSegment_ChoosesThemAndSaysSo()
    {
        var host = LeadHandoverHost.Create();
        var web = host.AddSource("Website");
        host.AddRep(RepBuilder.Named("Ben Osei").Segments("SMB"));
        var ana = host.AddRep(RepBuilder.Named("Ana Costa").Segments("Enterprise"));

        var handover = Assign(host, LeadBuilder.QualifiedHot(web).With(LeadSchema.NumberOfEmployees, 4200));

        Assert.AreEqual(ana, handover.GetAttributeValue<EntityReference>(HandoverSchema.RepId).Id);
        StringAssert.Contains(handover.GetAttributeValue<string>(HandoverSchema.AssignmentReason), "matches segment Enterprise");
    }

    [TestMethod]
    public void Route_OnlyOneRepCoversTheLeadsCountry_ChoosesThemAndSaysSo()
    {
        var host = LeadHandoverHost.Create();
        var web = host.AddSource("Website");

        // Ben has waited longer: without the territory he would be next in line.
        host.AddRep(RepBuilder.Named("Ben Osei").Territories("France, Spain").LastAssigned(Start.AddHours(-2)));
        var ana = host.AddRep(RepBuilder.Named("Ana Costa").Territories("Portugal; United Kingdom").LastAssigned(Start.AddHours(-1)));

        var handover = Assign(host, LeadBuilder.QualifiedHot(web).InCountry("United Kingdom"));

        Assert.AreEqual(ana, handover.GetAttributeValue<EntityReference>(HandoverSchema.RepId).Id);
        StringAssert.Contains(handover.GetAttributeValue<string>(HandoverSchema.AssignmentReason), "matches territory United Kingdom");
    }

    [TestMethod]
    public void Route_OnlyOneRepHasTheLeadsProductInterestAsASkill_ChoosesThemAndSaysSo()
    {
        var host = LeadHandoverHost.Create();
        var web = host.AddSource("Website");

        // Ben has waited longer: without the product interest he would be next in line.
        host.AddRep(RepBuilder.Named("Ben Osei").Skills("Inventory").LastAssigned(Start.AddHours(-2)));
        var ana = host.AddRep(RepBuilder.Named("Ana Costa").Skills("Retail, scheduling").LastAssigned(Start.AddHours(-1)));

        var handover = Assign(host, LeadBuilder.QualifiedHot(web).InterestedIn(" Scheduling , "));

        Assert.AreEqual(ana, handover.GetAttributeValue<EntityReference>(HandoverSchema.RepId).Id);
        StringAssert.Contains(handover.GetAttributeValue<string>(HandoverSchema.AssignmentReason), "matches product Scheduling");
    }

    [TestMethod]
    public void Route_LeadWithoutCountryOrProductInterest_TakesTurnsAsBefore()
    {
        var host = LeadHandoverHost.Create();
        var web = host.AddSource("Website");
        var ben = host.AddRep(RepBuilder.Named("Ben Osei").Territories("France").Skills("Inventory").LastAssigned(Start.AddHours(-2)));
        host.AddRep(RepBuilder.Named("Ana Costa").Territories("United Kingdom").Skills("Scheduling").LastAssigned(Start.AddHours(-1)));

        var handover = Assign(host, LeadBuilder.QualifiedHot(web));

        Assert.AreEqual(ben, handover.GetAttributeValue<EntityReference>(HandoverSchema.RepId).Id);
        var reason = handover.GetAttributeValue<string>(HandoverSchema.AssignmentReason);
        Assert.DoesNotContain("territory", reason);
        Assert.DoesNotContain("product", reason);
    }

    [TestMethod]
    public void Route_EqualRepsWithDifferentTrackRecords_ChoosesTheFasterConverterAndSaysWhy()
    {
        var host = LeadHandoverHost.Create();
        var web = host.AddSource("Website");
        var ana = host.AddRep(RepBuilder.Named("Ana Costa").LastAssigned(Start.AddDays(-1)));
        var ben = host.AddRep(RepBuilder.Named("Ben Osei").LastAssigned(Start.AddDays(-1)));
        LedgerHistory.AddAcknowledged(host.System, ana, web, LeadTier.Hot, count: 6, minutes: 5, converted: 3, Start.AddDays(-20));
        LedgerHistory.AddAcknowledged(host.System, ben, web, LeadTier.Hot, count: 6, minutes: 240, converted: 0, Start.AddDays(-20));

        var handover = Assign(host, LeadBuilder.QualifiedHot(web));

        Assert.AreEqual(ana, handover.GetAttributeValue<EntityReference>(HandoverSchema.RepId).Id);
        var reason = handover.GetAttributeValue<string>(HandoverSchema.AssignmentReason);
        StringAssert.Contains(reason, "acknowledges Website/Hot leads in 5 min median (n=6), converts 50 %");
        StringAssert.Contains(reason, "Runners-up: Ben Osei");
    }

    [TestMethod]
    public void Route_EqualRepsOneAssignedRecently_ChoosesWhoHasWaitedLongest()
    {
        var host = LeadHandoverHost.Create();
        var web = host.AddSource("Website");
        host.AddRep(RepBuilder.Named("Ana Costa").LastAssigned(Start.AddHours(-1)));
        var ben = host.AddRep(RepBuilder.Named("Ben Osei").LastAssigned(Start.AddDays(-2)));

        var handover = Assign(host, LeadBuilder.QualifiedHot(web));

        Assert.AreEqual(ben, handover.GetAttributeValue<EntityReference>(HandoverSchema.RepId).Id);
        StringAssert.Contains(handover.GetAttributeValue<string>(HandoverSchema.AssignmentReason), "least recently assigned (2 d ago)");
    }

    [TestMethod]
    public void Route_ConsecutiveLeads_TakeTurnsAndStampEachRepsLastAssignment()
    {
        var host = LeadHandoverHost.Create();
        var web = host.AddSource("Website");
        var ana = host.AddRep(RepBuilder.Named("Ana Costa"));
        var ben = host.AddRep(RepBuilder.Named("Ben Osei"));

        var first = Assign(host, LeadBuilder.QualifiedHot(web)).GetAttributeValue<EntityReference>(HandoverSchema.RepId).Id;
        host.Clock.Advance(TimeSpan.FromMinutes(5));
        var second = Assign(host, LeadBuilder.QualifiedHot(web)).GetAttributeValue<EntityReference>(HandoverSchema.RepId).Id;

        CollectionAssert.AreEquivalent(new[] { ana, ben }, new[] { first, second });
        Assert.AreEqual(Start, host.ProfileOf(first).GetAttributeValue<DateTime>(RepProfileSchema.LastAssignedOn));
        Assert.AreEqual(Start.AddMinutes(5), host.ProfileOf(second).GetAttributeValue<DateTime>(RepProfileSchema.LastAssignedOn));
    }

    [TestMethod]
    public void Route_AllRepsAway_GoesToTheOwnersManagerFlaggedAsFallbackWithTheReason()
    {
        var host = LeadHandoverHost.Create();
        var web = host.AddSource("Website");
        var manager = host.AddSalesManager("Morgan Reyes");
        host.SetMarketingManager(manager);
        host.AddRep(RepBuilder.Named("Ana Costa").Away());
        host.AddRep(RepBuilder.Named("Ben Osei").Away(untilUtc: Start.AddDays(3)));

        var handover = Assign(host, LeadBuilder.QualifiedHot(web), out var leadId);

        Assert.AreEqual(manager, handover.GetAttributeValue<EntityReference>(HandoverSchema.RepId).Id);
        Assert.AreEqual(manager, host.Lead(leadId).GetAttributeValue<EntityReference>(LeadSchema.OwnerId).Id);
        Assert.AreEqual(AssignmentKind.Fallback, handover.GetAttributeValue<OptionSetValue>(HandoverSchema.AssignmentKind).Value);
        var reason = handover.GetAttributeValue<string>(HandoverSchema.AssignmentReason);
        StringAssert.Contains(reason, "Nobody eligible among 2 reps");
        StringAssert.Contains(reason, "away");
        StringAssert.Contains(reason, "Morgan Reyes (manager of the lead's owner)");
        Assert.IsEmpty(host.ActivitiesOf("phonecall", leadId), "a fallback manager passes the lead on; that handover creates the first touch");
    }

    [TestMethod]
    public void Route_AllRepsAtCapacity_FallsBackWithoutRefusingTheLead()
    {
        var host = LeadHandoverHost.Create();
        var web = host.AddSource("Website");
        var ana = host.AddRep(RepBuilder.Named("Ana Costa").Capacity(1));
        var ben = host.AddRep(RepBuilder.Named("Ben Osei").Capacity(2));
        LedgerHistory.AddAwaiting(host.System, ana, web, Start.AddHours(-3));
        LedgerHistory.AddAwaiting(host.System, ben, web, Start.AddHours(-3));
        LedgerHistory.AddAwaiting(host.System, ben, web, Start.AddHours(-2));

        var handover = Assign(host, LeadBuilder.QualifiedHot(web), out var leadId);

        Assert.AreEqual(host.MarketingUserId, handover.GetAttributeValue<EntityReference>(HandoverSchema.RepId).Id, "no manager set: the owner keeps it");
        Assert.AreEqual(AssignmentKind.Fallback, handover.GetAttributeValue<OptionSetValue>(HandoverSchema.AssignmentKind).Value);
        var reason = handover.GetAttributeValue<string>(HandoverSchema.AssignmentReason);
        StringAssert.Contains(reason, "Nobody eligible among 2 reps");
        StringAssert.Contains(reason, "at capacity");
        Assert.DoesNotContain("away", reason);
        Assert.IsTrue(host.Lead(leadId).GetAttributeValue<bool>(LeadSchema.SalesReady));
    }

    [TestMethod]
    public void Route_RepOutsideTheirWorkingHoursInTheirOwnTimeZone_IsPassedOver()
    {
        var host = LeadHandoverHost.Create();
        var web = host.AddSource("Website");

        // 09:00 UTC on a Monday is 04:00 in New York: Ben hasn't started yet, Ana in London has.
        host.AddRep(RepBuilder.Named("Ben Osei").In("Eastern Standard Time", "Mon-Fri 09:00-17:00").LastAssigned(Start.AddDays(-9)));
        var ana = host.AddRep(RepBuilder.Named("Ana Costa").LastAssigned(Start.AddHours(-1)));

        var handover = Assign(host, LeadBuilder.QualifiedHot(web));

        Assert.AreEqual(ana, handover.GetAttributeValue<EntityReference>(HandoverSchema.RepId).Id);
        StringAssert.Contains(handover.GetAttributeValue<string>(HandoverSchema.AssignmentReason), "1 of 2 reps eligible");
    }

    private static Entity Assign(LeadHandoverHost host, LeadBuilder lead) => Assign(host, lead, out _);

    private static Entity Assign(LeadHandoverHost host, LeadBuilder lead, out Guid leadId)
    {
        leadId = host.Marketing.Create(lead.Build());
        return host.HandoversOf(leadId).Single();
    }
}
