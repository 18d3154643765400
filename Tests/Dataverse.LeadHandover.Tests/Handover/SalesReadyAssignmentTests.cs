using System;
using System.Linq;
using Dataverse.LeadHandover.Domain.Schema;
using Dataverse.LeadHandover.Tests.Builders;
using Dataverse.LeadHandover.Tests.Hosting;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.Tests.Handover;

/// <summary>
/// A lead becoming sales ready is assigned in the same transaction as the change: the PostOperation step writes the
/// ledger row, the owner and the current handover
/// (https://learn.microsoft.com/power-apps/developer/data-platform/event-framework#event-execution-pipeline).
/// </summary>
[TestClass]
public sealed class SalesReadyAssignmentTests
{
    [TestMethod]
    public void CreateLead_SalesReadyWithAnEligibleRep_AssignsTheRepAndWritesOneAwaitingLedgerRow()
    {
        var host = LeadHandoverHost.Create();
        var web = host.AddSource("Website");
        var manager = host.AddSalesManager("Morgan Reyes");
        var ana = host.AddRep(RepBuilder.Named("Ana Costa").ReportingTo(manager));

        var leadId = host.Marketing.Create(LeadBuilder.QualifiedHot(web).Build());

        var lead = host.Lead(leadId);
        var handover = host.HandoversOf(leadId).Single();
        Assert.AreEqual(ana, lead.GetAttributeValue<EntityReference>(LeadSchema.OwnerId).Id);
        Assert.AreEqual(handover.Id, lead.GetAttributeValue<EntityReference>(LeadSchema.CurrentHandoverId).Id);
        Assert.AreEqual(ana, handover.GetAttributeValue<EntityReference>(HandoverSchema.RepId).Id);
        Assert.AreEqual(ana, handover.GetAttributeValue<EntityReference>(HandoverSchema.OwnerId).Id);
        Assert.AreEqual(manager, handover.GetAttributeValue<EntityReference>(HandoverSchema.ManagerId).Id);
        Assert.AreEqual(web, handover.GetAttributeValue<EntityReference>(HandoverSchema.LeadSourceId).Id);
        Assert.AreEqual(LeadTier.Hot, handover.GetAttributeValue<OptionSetValue>(HandoverSchema.Tier).Value);
        Assert.AreEqual(LeadHandoverHost.Start.UtcDateTime, handover.GetAttributeValue<DateTime>(HandoverSchema.AssignedOn));
        Assert.AreEqual(LeadHandoverHost.Start.UtcDateTime.AddMinutes(60), handover.GetAttributeValue<DateTime>(HandoverSchema.DueOn), "Hot: 60 business minutes, inside working hours");
        Assert.AreEqual(HandoverStatus.Awaiting, handover.GetAttributeValue<OptionSetValue>(HandoverSchema.HandoverStatus).Value);
        Assert.AreEqual(NotificationStatus.Pending, handover.GetAttributeValue<OptionSetValue>(HandoverSchema.NotificationStatus).Value);
        Assert.AreEqual(AssignmentKind.Routed, handover.GetAttributeValue<OptionSetValue>(HandoverSchema.AssignmentKind).Value);
        Assert.AreEqual(1, handover.GetAttributeValue<int>(HandoverSchema.LinkTokenVersion));
        StringAssert.StartsWith(handover.GetAttributeValue<string>(HandoverSchema.AssignmentReason), "Chosen: Ana Costa");
    }

    [TestMethod]
    public void UpdateLead_TurnsSalesReady_AssignsOnceAndAnUnrelatedUpdateAddsNothing()
    {
        var host = LeadHandoverHost.Create();
        var web = host.AddSource("Website");
        var ana = host.AddRep(RepBuilder.Named("Ana Costa"));
        var leadId = host.Marketing.Create(LeadBuilder.QualifiedHot(web).SalesReady(false).Build());
        Assert.IsEmpty(host.HandoversOf(leadId), "not sales ready yet");

        host.Marketing.Update(new Entity(LeadSchema.EntityName, leadId) { [LeadSchema.SalesReady] = true });
        host.Marketing.Update(new Entity(LeadSchema.EntityName, leadId) { [LeadSchema.Description] = "Met at the booth" });

        var handover = host.HandoversOf(leadId).Single();
        Assert.AreEqual(ana, handover.GetAttributeValue<EntityReference>(HandoverSchema.RepId).Id);
        Assert.AreEqual(ana, host.Lead(leadId).GetAttributeValue<EntityReference>(LeadSchema.OwnerId).Id);
    }

    [TestMethod]
    public void CreateLead_ManagerNamesTheOwner_HonoursTheChoiceAndRecordsItAsSuch()
    {
        var host = LeadHandoverHost.Create();
        var web = host.AddSource("Website");
        var manager = host.AddSalesManager("Morgan Reyes");
        host.AddRep(RepBuilder.Named("Ana Costa").Skills("Manufacturing"));
        var ben = host.AddRep(RepBuilder.Named("Ben Osei").Away());

        var leadId = host.As(manager).Create(LeadBuilder.QualifiedHot(web).With(LeadSchema.OwnerId, new EntityReference("systemuser", ben)).Build());

        var handover = host.HandoversOf(leadId).Single();
        Assert.AreEqual(ben, host.Lead(leadId).GetAttributeValue<EntityReference>(LeadSchema.OwnerId).Id);
        Assert.AreEqual(ben, handover.GetAttributeValue<EntityReference>(HandoverSchema.RepId).Id);
        Assert.AreEqual(AssignmentKind.ManagerChoice, handover.GetAttributeValue<OptionSetValue>(HandoverSchema.AssignmentKind).Value);
        StringAssert.Contains(handover.GetAttributeValue<string>(HandoverSchema.AssignmentReason), "Chosen by a manager: Ben Osei");
        StringAssert.Contains(handover.GetAttributeValue<string>(HandoverSchema.AssignmentReason), "Honoured although they are away");
    }

    [TestMethod]
    public void CreateLead_SomeoneWhoIsNotAManagerNamesTheOwner_RoutesAsUsual()
    {
        var host = LeadHandoverHost.Create();
        var web = host.AddSource("Website");
        var ana = host.AddRep(RepBuilder.Named("Ana Costa"));
        var ben = host.AddRep(RepBuilder.Named("Ben Osei").Away());

        var leadId = host.Marketing.Create(LeadBuilder.QualifiedHot(web).With(LeadSchema.OwnerId, new EntityReference("systemuser", ben)).Build());

        var handover = host.HandoversOf(leadId).Single();
        Assert.AreEqual(ana, handover.GetAttributeValue<EntityReference>(HandoverSchema.RepId).Id);
        Assert.AreEqual(AssignmentKind.Routed, handover.GetAttributeValue<OptionSetValue>(HandoverSchema.AssignmentKind).Value);
    }
}
