using System;
using System.Linq;
using Dataverse.LeadHandover.Domain.Schema;
using Dataverse.LeadHandover.Tests.Builders;
using Dataverse.LeadHandover.Tests.Hosting;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.Tests.Handover;

/// <summary>The shipped policy asks for a phone call for Hot leads, a task for Warm ones and nothing for Cold ones, due within the tier's SLA.</summary>
[TestClass]
public sealed class FirstTouchTests
{
    [TestMethod]
    public void AssignHotLead_CreatesAPhoneCallForTheRepDueAtTheSla()
    {
        var (host, rep, leadId) = Assign(rating: 1);

        var call = host.ActivitiesOf("phonecall", leadId).Single();
        var handover = host.HandoversOf(leadId).Single();
        Assert.AreEqual(rep, call.GetAttributeValue<EntityReference>("ownerid").Id);
        Assert.AreEqual(LeadSchema.EntityName, call.GetAttributeValue<EntityReference>("regardingobjectid").LogicalName);
        Assert.AreEqual(handover.GetAttributeValue<DateTime>(HandoverSchema.DueOn), call.GetAttributeValue<DateTime>("scheduledend"));
        StringAssert.StartsWith(call.GetAttributeValue<string>("subject"), "First touch: Ana Silva (Contoso Manufacturing)");
        Assert.IsEmpty(host.ActivitiesOf("task", leadId));
    }

    [TestMethod]
    public void AssignWarmLead_CreatesATaskInstead()
    {
        var (host, rep, leadId) = Assign(rating: 2);

        var task = host.ActivitiesOf("task", leadId).Single();
        Assert.AreEqual(rep, task.GetAttributeValue<EntityReference>("ownerid").Id);
        Assert.AreEqual(LeadHandoverHost.Start.UtcDateTime.AddMinutes(240), task.GetAttributeValue<DateTime>("scheduledend"));
        Assert.IsEmpty(host.ActivitiesOf("phonecall", leadId));
    }

    [TestMethod]
    public void AssignColdLead_CreatesNoFirstTouch()
    {
        var (host, _, leadId) = Assign(rating: 3);

        Assert.IsEmpty(host.ActivitiesOf("phonecall", leadId));
        Assert.IsEmpty(host.ActivitiesOf("task", leadId));
        Assert.HasCount(1, host.HandoversOf(leadId));
    }

    private static (LeadHandoverHost Host, Guid Rep, Guid LeadId) Assign(int rating)
    {
        var host = LeadHandoverHost.Create();
        var web = host.AddSource("Website");
        var rep = host.AddRep(RepBuilder.Named("Ana Costa"));
        var leadId = host.Marketing.Create(LeadBuilder.QualifiedHot(web).Rated(rating).Build());
        return (host, rep, leadId);
    }
}
