using System;
using System.Linq;
using Dataverse.LeadHandover.Domain.Qualification;
using Dataverse.LeadHandover.Domain.Schema;
using Dataverse.LeadHandover.Tests.Builders;
using Dataverse.LeadHandover.Tests.Hosting;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.LeadHandover.Tests.Intake;

/// <summary>
/// Updating leads with the solution's Update steps (filtering attributes and pre-images as registered).
/// Steps run only when the Target holds a filtering attribute
/// (https://learn.microsoft.com/power-apps/developer/data-platform/register-plug-in#set-configuration-data).
/// </summary>
[TestClass]
public sealed class LeadIntakeUpdateTests
{
    [TestMethod]
    public void UpdateLead_TurnsSalesReadyWithoutTheData_IsRefusedAndNothingChanges()
    {
        var host = LeadHandoverHost.Create();
        var web = host.AddSource("Website");
        var id = host.Marketing.Create(LeadBuilder.Nurturing(web).Rated(1).Build());

        var message = PlatformFault.ExpectRefusal(() => host.Marketing.Update(new Entity(LeadSchema.EntityName, id) { [LeadSchema.SalesReady] = true }));

        StringAssert.Contains(message, "Hot");
        StringAssert.Contains(message, "Job title");
        var saved = host.System.Retrieve(LeadSchema.EntityName, id, new ColumnSet(LeadSchema.SalesReady));
        Assert.IsFalse(saved.GetAttributeValue<bool>(LeadSchema.SalesReady));
    }

    [TestMethod]
    public void UpdateLead_TurnsSalesReadyWithTheDataInTheSameSave_IsAccepted()
    {
        var host = LeadHandoverHost.Create();
        var web = host.AddSource("Website");
        var id = host.Marketing.Create(LeadBuilder.QualifiedHot(web).SalesReady(false).Without(QualificationItem.NextSteps).Build());

        host.Marketing.Update(new Entity(LeadSchema.EntityName, id)
        {
            [LeadSchema.SalesReady] = true,
            [LeadSchema.NextSteps] = "Call back Tuesday",
        });

        var saved = host.System.Retrieve(LeadSchema.EntityName, id, new ColumnSet(LeadSchema.SalesReady, LeadSchema.Completeness, LeadSchema.HandoverBrief));
        Assert.IsTrue(saved.GetAttributeValue<bool>(LeadSchema.SalesReady));
        Assert.AreEqual(100, saved.GetAttributeValue<int>(LeadSchema.Completeness));
        StringAssert.Contains(saved.GetAttributeValue<string>(LeadSchema.HandoverBrief), "Call back Tuesday");
    }

    [TestMethod]
    public void UpdateLead_UnrelatedColumnOnALeadMissingItems_NeverRunsTheGate()
    {
        var host = LeadHandoverHost.Create();
        var web = host.AddSource("Website");
        var id = host.Marketing.Create(LeadBuilder.Nurturing(web).Build());
        var tracesBefore = host.Dataverse.TraceLog.Count;

        host.Marketing.Update(new Entity(LeadSchema.EntityName, id) { [LeadSchema.Description] = "Met at the booth" });

        var newTraces = host.Dataverse.TraceLog.Skip(tracesBefore).ToList();
        Assert.IsFalse(newTraces.Any(t => t.PluginType.EndsWith("LeadSalesReadyValidation", StringComparison.Ordinal)), "The gate ran for an unrelated column.");
        Assert.IsFalse(newTraces.Any(t => t.PluginType.EndsWith("LeadSalesReadyStamping", StringComparison.Ordinal)), "Stamping ran for an unrelated column.");
    }

    [TestMethod]
    public void UpdateLead_AlreadySalesReadyEditsJobTitle_RestampsTheBriefWithoutRefusing()
    {
        var host = LeadHandoverHost.Create();
        var web = host.AddSource("Website");
        var id = host.Marketing.Create(LeadBuilder.QualifiedHot(web).Build());

        host.Marketing.Update(new Entity(LeadSchema.EntityName, id) { [LeadSchema.JobTitle] = "  Chief Operating   Officer " });

        var saved = host.System.Retrieve(LeadSchema.EntityName, id, new ColumnSet(LeadSchema.JobTitle, LeadSchema.HandoverBrief));
        Assert.AreEqual("Chief Operating Officer", saved.GetAttributeValue<string>(LeadSchema.JobTitle));
        StringAssert.Contains(saved.GetAttributeValue<string>(LeadSchema.HandoverBrief), "Chief Operating Officer");
    }

    [TestMethod]
    public void UpdateLead_ChangesSource_RecordsWhoWhenOldAndNew()
    {
        var host = LeadHandoverHost.Create();
        var web = host.AddSource("Website");
        var partner = host.AddSource("Partner referrals");
        var id = host.Marketing.Create(LeadBuilder.Nurturing(web).Build());
        host.Clock.Advance(TimeSpan.FromHours(2));

        host.Marketing.Update(new Entity(LeadSchema.EntityName, id) { [LeadSchema.LeadSourceId] = new EntityReference(LeadSourceSchema.EntityName, partner) });

        var changes = host.System.RetrieveMultiple(new QueryExpression(LeadSourceChangeSchema.EntityName) { ColumnSet = new ColumnSet(true) }).Entities;
        Assert.HasCount(1, changes);
        var change = changes[0];
        Assert.AreEqual(id, change.GetAttributeValue<EntityReference>(LeadSourceChangeSchema.LeadId).Id);
        Assert.AreEqual(web, change.GetAttributeValue<EntityReference>(LeadSourceChangeSchema.PreviousSourceId).Id);
        Assert.AreEqual(partner, change.GetAttributeValue<EntityReference>(LeadSourceChangeSchema.NewSourceId).Id);
        Assert.AreEqual(host.MarketingUserId, change.GetAttributeValue<EntityReference>(LeadSourceChangeSchema.ChangedBy).Id);
        Assert.AreEqual(LeadHandoverHost.Start.UtcDateTime.AddHours(2), change.GetAttributeValue<DateTime>(LeadSourceChangeSchema.ChangedOn));
    }

    [TestMethod]
    public void UpdateLead_ResendsTheSameSource_RecordsNoChange()
    {
        var host = LeadHandoverHost.Create();
        var web = host.AddSource("Website");
        var id = host.Marketing.Create(LeadBuilder.Nurturing(web).Build());

        host.Marketing.Update(new Entity(LeadSchema.EntityName, id) { [LeadSchema.LeadSourceId] = new EntityReference(LeadSourceSchema.EntityName, web) });

        var changes = host.System.RetrieveMultiple(new QueryExpression(LeadSourceChangeSchema.EntityName) { ColumnSet = new ColumnSet(false) }).Entities;
        Assert.IsEmpty(changes);
    }

    [TestMethod]
    public void UpdateLead_ChangesToAnInactiveSource_IsRefusedAndKeepsTheOldSource()
    {
        var host = LeadHandoverHost.Create();
        var web = host.AddSource("Website");
        var retired = host.AddSource("Trade show 2024", active: false);
        var id = host.Marketing.Create(LeadBuilder.Nurturing(web).Build());

        var message = PlatformFault.ExpectRefusal(() => host.Marketing.Update(new Entity(LeadSchema.EntityName, id)
        {
            [LeadSchema.LeadSourceId] = new EntityReference(LeadSourceSchema.EntityName, retired),
        }));

        StringAssert.Contains(message, "inactive");
        var saved = host.System.Retrieve(LeadSchema.EntityName, id, new ColumnSet(LeadSchema.LeadSourceId));
        Assert.AreEqual(web, saved.GetAttributeValue<EntityReference>(LeadSchema.LeadSourceId).Id);
    }

    [TestMethod]
    public void UpdateLead_ClearsTheSourceWithNothingToInfer_IsRefused()
    {
        var host = LeadHandoverHost.Create();
        var web = host.AddSource("Website");
        var id = host.Marketing.Create(LeadBuilder.Nurturing(web).Build());

        var message = PlatformFault.ExpectRefusal(() => host.Marketing.Update(new Entity(LeadSchema.EntityName, id) { [LeadSchema.LeadSourceId] = null }));

        StringAssert.Contains(message, "Lead source");
    }

    [TestMethod]
    public void UpdateLead_OwnerChangedWithAnotherColumn_DoesNotRerunIntakeSteps()
    {
        // Dataverse runs owner and state changes sent with Update as separate operations, so Update steps can
        // run twice (https://learn.microsoft.com/power-apps/developer/data-platform/special-update-operation-behavior).
        var host = LeadHandoverHost.Create();
        var web = host.AddSource("Website");
        var id = host.Marketing.Create(LeadBuilder.QualifiedHot(web).Build());
        var before = host.System.Retrieve(LeadSchema.EntityName, id, new ColumnSet(LeadSchema.HandoverBrief, LeadSchema.Completeness));
        var tracesBefore = host.Dataverse.TraceLog.Count;

        host.Administrator.Update(new Entity(LeadSchema.EntityName, id)
        {
            [LeadSchema.OwnerId] = new EntityReference("systemuser", host.AdministratorId),
            [LeadSchema.Description] = "Reassigned for the trade show",
        });

        var newTraces = host.Dataverse.TraceLog.Skip(tracesBefore).ToList();
        Assert.IsFalse(newTraces.Any(t => t.PluginType.Contains(".Intake.", StringComparison.Ordinal)));
        var after = host.System.Retrieve(LeadSchema.EntityName, id, new ColumnSet(LeadSchema.HandoverBrief, LeadSchema.Completeness));
        Assert.AreEqual(before.GetAttributeValue<string>(LeadSchema.HandoverBrief), after.GetAttributeValue<string>(LeadSchema.HandoverBrief));
    }
}
