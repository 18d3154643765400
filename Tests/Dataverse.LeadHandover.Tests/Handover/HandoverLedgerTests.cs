using System;
using System.Linq;
using Dataverse.LeadHandover.Domain.Schema;
using Dataverse.LeadHandover.Tests.Builders;
using Dataverse.LeadHandover.Tests.Hosting;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.LeadHandover.Tests.Handover;

/// <summary>The ledger keeps exactly one open handover per lead, and the lead points at it, through every way a lead changes hands.</summary>
[TestClass]
public sealed class HandoverLedgerTests
{
    [TestMethod]
    public void Lead_ThroughAssignRejectAndAManagersReassignment_AlwaysHasExactlyOneOpenHandover()
    {
        var host = LeadHandoverHost.Create();
        var web = host.AddSource("Website");
        var manager = host.AddSalesManager("Morgan Reyes");
        var ana = host.AddRep(RepBuilder.Named("Ana Costa").ReportingTo(manager));
        var ben = host.AddRep(RepBuilder.Named("Ben Osei").ReportingTo(manager));
        var cleo = host.AddRep(RepBuilder.Named("Cleo Park").ReportingTo(manager).Offline());

        var leadId = host.Marketing.Create(LeadBuilder.QualifiedHot(web).Build());
        var assigned = AssertOneOpen(host, leadId);

        host.Clock.Advance(TimeSpan.FromMinutes(3));
        var rep = assigned.GetAttributeValue<EntityReference>(HandoverSchema.RepId).Id;
        HandoverApis.Reject(host.As(rep), assigned.Id, "Out of office this afternoon");
        var rerouted = AssertOneOpen(host, leadId);
        Assert.AreEqual(rep == ana ? ben : ana, rerouted.GetAttributeValue<EntityReference>(HandoverSchema.RepId).Id);

        host.Clock.Advance(TimeSpan.FromMinutes(3));
        host.As(manager).Update(new Entity(LeadSchema.EntityName, leadId) { [LeadSchema.OwnerId] = new EntityReference("systemuser", cleo) });
        var chosen = AssertOneOpen(host, leadId);
        Assert.AreEqual(cleo, chosen.GetAttributeValue<EntityReference>(HandoverSchema.RepId).Id);
        Assert.AreEqual(AssignmentKind.ManagerChoice, chosen.GetAttributeValue<OptionSetValue>(HandoverSchema.AssignmentKind).Value);

        var statuses = host.HandoversOf(leadId).Select(h => h.GetAttributeValue<OptionSetValue>(HandoverSchema.HandoverStatus).Value).ToList();
        CollectionAssert.AreEqual(new[] { HandoverStatus.Rejected, HandoverStatus.Reassigned, HandoverStatus.Awaiting }, statuses);
        StringAssert.Contains(host.HandoversOf(leadId)[1].GetAttributeValue<string>(HandoverSchema.OutcomeReason), "Reassigned on 2026-03-02 09:06 UTC to Cleo Park (a manager's choice)");
    }

    [TestMethod]
    public void Lead_SalesReadyTurnedOffAndOnAgain_ClosesTheOldHandoverAsReassigned()
    {
        var host = LeadHandoverHost.Create();
        var web = host.AddSource("Website");
        host.AddRep(RepBuilder.Named("Ana Costa"));
        var leadId = host.Marketing.Create(LeadBuilder.QualifiedHot(web).Build());
        var first = AssertOneOpen(host, leadId);

        host.Marketing.Update(new Entity(LeadSchema.EntityName, leadId) { [LeadSchema.SalesReady] = false });
        AssertOneOpen(host, leadId);
        host.Clock.Advance(TimeSpan.FromHours(1));
        host.Marketing.Update(new Entity(LeadSchema.EntityName, leadId) { [LeadSchema.SalesReady] = true });

        var second = AssertOneOpen(host, leadId);
        Assert.AreNotEqual(first.Id, second.Id);
        Assert.AreEqual(
            HandoverStatus.Reassigned,
            host.System.Retrieve(HandoverSchema.EntityName, first.Id, new ColumnSet(HandoverSchema.HandoverStatus)).GetAttributeValue<OptionSetValue>(HandoverSchema.HandoverStatus).Value);
    }

    [TestMethod]
    public void Lead_OwnerChangedBySomeoneWhoIsNotAManager_KeepsItsHandover()
    {
        var host = LeadHandoverHost.Create();
        var web = host.AddSource("Website");
        host.AddRep(RepBuilder.Named("Ana Costa"));
        var ben = host.AddRep(RepBuilder.Named("Ben Osei").Offline());
        var leadId = host.Marketing.Create(LeadBuilder.QualifiedHot(web).Build());
        var before = AssertOneOpen(host, leadId);

        host.Administrator.Update(new Entity(LeadSchema.EntityName, leadId) { [LeadSchema.OwnerId] = new EntityReference("systemuser", ben) });

        Assert.AreEqual(before.Id, AssertOneOpen(host, leadId).Id);
        Assert.HasCount(1, host.HandoversOf(leadId));
    }

    private static Entity AssertOneOpen(LeadHandoverHost host, Guid leadId)
    {
        var open = host.OpenHandoversOf(leadId);
        Assert.HasCount(1, open, "exactly one open handover");
        Assert.AreEqual(open[0].Id, host.Lead(leadId).GetAttributeValue<EntityReference>(LeadSchema.CurrentHandoverId).Id, "the lead points at it");
        return open[0];
    }
}
