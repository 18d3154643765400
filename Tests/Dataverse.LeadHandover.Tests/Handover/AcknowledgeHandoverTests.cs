using System;
using System.Linq;
using Dataverse.LeadHandover.Domain.Schema;
using Dataverse.LeadHandover.InMemory;
using Dataverse.LeadHandover.Tests.Builders;
using Dataverse.LeadHandover.Tests.Hosting;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.LeadHandover.Tests.Handover;

/// <summary>
/// lh_AcknowledgeHandover through the in-memory pipeline, its plug-in loaded from the custom API definition
/// (https://learn.microsoft.com/power-apps/developer/data-platform/custom-api). Writes use optimistic concurrency
/// (https://learn.microsoft.com/power-apps/developer/data-platform/optimistic-concurrency).
/// </summary>
[TestClass]
public sealed class AcknowledgeHandoverTests
{
    private static readonly DateTime Start = LeadHandoverHost.Start.UtcDateTime;

    [TestMethod]
    public void Acknowledge_ByTheAssignedRep_StopsTheClockAndRetiresSentLinks()
    {
        var (host, rep, _, handoverId) = Handover();
        host.Clock.Advance(TimeSpan.FromMinutes(45));

        var response = HandoverApis.Acknowledge(host.As(rep), handoverId);

        Assert.AreEqual(Start.AddMinutes(45), response.Results[AcknowledgeHandoverApi.AcknowledgedOn]);
        Assert.AreEqual(45, response.Results[AcknowledgeHandoverApi.BusinessMinutesToAcknowledge]);
        Assert.IsFalse((bool)response.Results[AcknowledgeHandoverApi.Breached]);
        var row = Row(host, handoverId);
        Assert.AreEqual(HandoverStatus.Acknowledged, row.GetAttributeValue<OptionSetValue>(HandoverSchema.HandoverStatus).Value);
        Assert.AreEqual(Start.AddMinutes(45), row.GetAttributeValue<DateTime>(HandoverSchema.AcknowledgedOn));
        Assert.AreEqual(45, row.GetAttributeValue<int>(HandoverSchema.BusinessMinutesToAcknowledge));
        Assert.AreEqual(rep, row.GetAttributeValue<EntityReference>(HandoverSchema.AcknowledgedById).Id);
        Assert.IsFalse(row.GetAttributeValue<bool>(HandoverSchema.AcknowledgedOnBehalf));
        Assert.AreEqual(2, row.GetAttributeValue<int>(HandoverSchema.LinkTokenVersion));
    }

    [TestMethod]
    public void Acknowledge_AfterTheDueTimeAcrossTheEvening_CountsOnlyBusinessMinutesAndMarksTheBreach()
    {
        var (host, rep, _, handoverId) = Handover();

        // Assigned Monday 09:00; acknowledged Tuesday 09:30: 8.5 working hours on Monday and 30 minutes on Tuesday.
        host.Clock.Advance(TimeSpan.FromHours(24.5));
        var response = HandoverApis.Acknowledge(host.As(rep), handoverId);

        Assert.AreEqual(540, response.Results[AcknowledgeHandoverApi.BusinessMinutesToAcknowledge]);
        Assert.IsTrue((bool)response.Results[AcknowledgeHandoverApi.Breached]);
        Assert.IsTrue(Row(host, handoverId).GetAttributeValue<bool>(HandoverSchema.Breached));
    }

    [TestMethod]
    public void Acknowledge_BySomeoneElse_IsRefusedNamingTheRepAndChangesNothing()
    {
        var (host, _, _, handoverId) = Handover();
        var colleague = host.AddRep(RepBuilder.Named("Ben Osei").Offline());
        var before = Row(host, handoverId);

        var message = PlatformFault.ExpectRefusal(() => HandoverApis.Acknowledge(host.As(colleague), handoverId));

        StringAssert.Contains(message, "assigned to another rep");
        StringAssert.Contains(message, "Lead Handover Sales Manager");
        Assert.AreEqual(before.RowVersion, Row(host, handoverId).RowVersion);
    }

    [TestMethod]
    public void Acknowledge_ByAManagerWithoutSayingOnBehalf_IsRefusedWithWhatToDo()
    {
        var (host, _, manager, handoverId) = Handover();

        var message = PlatformFault.ExpectRefusal(() => HandoverApis.Acknowledge(host.As(manager), handoverId));

        StringAssert.Contains(message, "OnBehalfOfRep");
        Assert.AreEqual(HandoverStatus.Awaiting, Row(host, handoverId).GetAttributeValue<OptionSetValue>(HandoverSchema.HandoverStatus).Value);
    }

    [TestMethod]
    public void Acknowledge_ByAManagerOnTheRepsBehalf_RecordsWhoAndThatItWasOnBehalf()
    {
        var (host, _, manager, handoverId) = Handover();
        host.Clock.Advance(TimeSpan.FromMinutes(10));

        HandoverApis.Acknowledge(host.As(manager), handoverId, onBehalfOfRep: true);

        var row = Row(host, handoverId);
        Assert.AreEqual(manager, row.GetAttributeValue<EntityReference>(HandoverSchema.AcknowledgedById).Id);
        Assert.IsTrue(row.GetAttributeValue<bool>(HandoverSchema.AcknowledgedOnBehalf));
        Assert.AreEqual(10, row.GetAttributeValue<int>(HandoverSchema.BusinessMinutesToAcknowledge));
    }

    [TestMethod]
    public void Acknowledge_Twice_AnswersTheFirstAcknowledgementAndWritesNothing()
    {
        var (host, rep, _, handoverId) = Handover();
        host.Clock.Advance(TimeSpan.FromMinutes(20));
        var first = HandoverApis.Acknowledge(host.As(rep), handoverId);
        var saved = Row(host, handoverId);
        host.Clock.Advance(TimeSpan.FromMinutes(30));

        var second = HandoverApis.Acknowledge(host.As(rep), handoverId);

        Assert.AreEqual(first.Results[AcknowledgeHandoverApi.AcknowledgedOn], second.Results[AcknowledgeHandoverApi.AcknowledgedOn]);
        Assert.AreEqual(20, second.Results[AcknowledgeHandoverApi.BusinessMinutesToAcknowledge]);
        Assert.AreEqual(first.Results[AcknowledgeHandoverApi.Breached], second.Results[AcknowledgeHandoverApi.Breached]);
        Assert.AreEqual(saved.RowVersion, Row(host, handoverId).RowVersion, "the second call wrote nothing");
    }

    [TestMethod]
    public void Acknowledge_WhenTheRowChangesBetweenReadAndWrite_IsRefusedPlainlyAndNothingIsSaved()
    {
        var (host, rep, _, handoverId) = Handover();
        host.Dataverse.RegisterStep(new StepRegistration(
            "Sweep escalates meanwhile", "Update", HandoverSchema.EntityName, PipelineStage.PreValidation, StepMode.Synchronous, typeof(ConcurrentEscalationPlugin)));

        var message = PlatformFault.ExpectRefusal(() => HandoverApis.Acknowledge(host.As(rep), handoverId));

        StringAssert.Contains(message, "changed by someone else");
        StringAssert.Contains(message, "try again");
        var row = Row(host, handoverId);
        Assert.AreEqual(HandoverStatus.Awaiting, row.GetAttributeValue<OptionSetValue>(HandoverSchema.HandoverStatus).Value);
        Assert.AreEqual(1, row.GetAttributeValue<int>(HandoverSchema.LinkTokenVersion));
    }

    [TestMethod]
    public void Acknowledge_ARejectedHandover_IsRefusedSayingWhatHappenedToIt()
    {
        var (host, rep, _, handoverId) = Handover();
        HandoverApis.Reject(host.As(rep), handoverId, "On leave from tomorrow");

        var message = PlatformFault.ExpectRefusal(() => HandoverApis.Acknowledge(host.As(rep), handoverId));

        StringAssert.Contains(message, "it was rejected");
    }

    /// <summary>A Hot lead handed over to Ana (London, Mon-Fri 09:00-17:30) at Monday 09:00 UTC; her manager is Morgan.</summary>
    private static (LeadHandoverHost Host, Guid Rep, Guid Manager, Guid HandoverId) Handover()
    {
        var host = LeadHandoverHost.Create();
        var web = host.AddSource("Website");
        var manager = host.AddSalesManager("Morgan Reyes");
        var rep = host.AddRep(RepBuilder.Named("Ana Costa").ReportingTo(manager));
        var leadId = host.Marketing.Create(LeadBuilder.QualifiedHot(web).Build());
        return (host, rep, manager, host.HandoversOf(leadId).Single().Id);
    }

    private static Entity Row(LeadHandoverHost host, Guid handoverId) =>
        host.System.Retrieve(HandoverSchema.EntityName, handoverId, new ColumnSet(true));
}
