using System;
using System.Linq;
using Dataverse.LeadHandover.Domain.Schema;
using Dataverse.LeadHandover.Tests.Builders;
using Dataverse.LeadHandover.Tests.Hosting;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.Tests.FollowUp;

/// <summary>
/// Contact attempts are completed phone calls, emails, appointments and tasks regarding the lead since its handover.
/// Completing an activity with SetState or with an Update of statecode both reach the Update step
/// (https://learn.microsoft.com/power-apps/developer/data-platform/special-update-operation-behavior).
/// </summary>
[TestClass]
public sealed class ContactAttemptTests
{
    private static readonly DateTime Start = LeadHandoverHost.Start.UtcDateTime;

    [TestMethod]
    public void CompleteActivities_RegardingAHandedOverLead_CountsThemAndStampsTheFirstContact()
    {
        var (host, rep, leadId) = HandedOver();
        var firstTouch = host.ActivitiesOf("phonecall", leadId).Single().Id;

        host.Clock.Advance(TimeSpan.FromMinutes(30));
        ContactAttempts.CompleteWithSetState(host.As(rep), "phonecall", firstTouch);
        host.Clock.Advance(TimeSpan.FromHours(2));
        var email = ContactAttempts.Log(host.As(rep), "email", leadId, "Follow-up with the case study");
        ContactAttempts.CompleteWithUpdate(host.As(rep), "email", email, Start.AddHours(2));

        var lead = host.Lead(leadId);
        Assert.AreEqual(2, lead.GetAttributeValue<int>(LeadSchema.FollowUpAttempts));
        Assert.AreEqual(Start.AddHours(2), lead.GetAttributeValue<DateTime>(LeadSchema.LastAttemptOn));
        Assert.AreEqual(Start.AddMinutes(30), host.HandoversOf(leadId).Single().GetAttributeValue<DateTime>(HandoverSchema.FirstContactOn));
    }

    [TestMethod]
    public void CompleteActivity_BeforeTheLeadWasHandedOver_DoesNotCount()
    {
        var host = LeadHandoverHost.Create();
        var web = host.AddSource("Website");
        var rep = host.AddRep(RepBuilder.Named("Ana Costa"));
        var leadId = host.Marketing.Create(LeadBuilder.QualifiedHot(web).SalesReady(false).Build());
        ContactAttempts.CompleteCalls(host.Marketing, leadId, 1);
        Assert.AreEqual(0, host.Lead(leadId).GetAttributeValue<int?>(LeadSchema.FollowUpAttempts) ?? 0, "no handover yet: nothing to count against");

        host.Clock.Advance(TimeSpan.FromMinutes(10));
        host.Marketing.Update(new Entity(LeadSchema.EntityName, leadId) { [LeadSchema.SalesReady] = true });
        host.Clock.Advance(TimeSpan.FromMinutes(10));
        ContactAttempts.CompleteCalls(host.As(rep), leadId, 1);

        Assert.AreEqual(1, host.Lead(leadId).GetAttributeValue<int>(LeadSchema.FollowUpAttempts));
    }

    [TestMethod]
    public void CompleteActivity_RegardingSomethingOtherThanALead_TouchesNoLead()
    {
        var (host, rep, leadId) = HandedOver();

        // Same id, another table: only the lookup's table tells them apart.
        var task = host.As(rep).Create(new Entity("task") { ["subject"] = "Account review", ["regardingobjectid"] = new EntityReference("account", leadId) });

        ContactAttempts.CompleteWithSetState(host.As(rep), "task", task);

        Assert.IsNull(host.Lead(leadId).GetAttributeValue<int?>(LeadSchema.FollowUpAttempts));
    }

    private static (LeadHandoverHost Host, Guid Rep, Guid LeadId) HandedOver()
    {
        var host = LeadHandoverHost.Create();
        var web = host.AddSource("Website");
        var rep = host.AddRep(RepBuilder.Named("Ana Costa"));
        var leadId = host.Marketing.Create(LeadBuilder.QualifiedHot(web).Build());
        return (host, rep, leadId);
    }
}
