using System;
using System.Linq;
using System.ServiceModel;
using Dataverse.LeadHandover.InMemory.Tests.Builders;
using Dataverse.LeadHandover.InMemory.Tests.Plugins;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.LeadHandover.InMemory.Tests.Pipeline;

/// <summary>
/// Stage order, rank and transaction boundaries of the event execution pipeline
/// (https://learn.microsoft.com/power-apps/developer/data-platform/event-framework,
/// https://learn.microsoft.com/power-apps/developer/data-platform/handle-exceptions: "Sometimes PreValidation stages are
/// within a transaction when they're initiated by logic in another operation").
/// </summary>
[TestClass]
public sealed class StageOrderTests
{
    [TestMethod]
    public void Create_StepsOnEveryStage_RunByStageThenRank()
    {
        var key = Steps.NewKey();
        var organization = new OrganizationBuilder()
            .WithStep(Steps.On<RecordingPlugin>("Create", "lead", PipelineStage.PostOperation, key) with { Rank = 1 })
            .WithStep(Steps.On<RecordingPlugin>("Create", "lead", PipelineStage.PreOperation, key) with { Rank = 5 })
            .WithStep(Steps.On<RecordingPlugin>("Create", "lead", PipelineStage.PreOperation, key) with { Rank = 2, Name = "early pre-op" })
            .WithStep(Steps.On<RecordingPlugin>("Create", "lead", PipelineStage.PreValidation, key))
            .Build();

        organization.Service.Create(new LeadBuilder().WithId(Ids.Lead1).Build());

        var records = ContextLog.For(key);
        CollectionAssert.AreEqual(new[] { 10, 20, 20, 40 }, records.Select(r => r.Stage).ToArray());
        Assert.AreEqual("early pre-op", records[1].OwningExtension!.Name);
    }

    [TestMethod]
    public void Create_TopLevelCall_OnlyPreValidationIsOutsideTheTransaction()
    {
        var key = Steps.NewKey();
        var organization = new OrganizationBuilder()
            .WithStep(Steps.On<RecordingPlugin>("Create", "lead", PipelineStage.PreValidation, key))
            .WithStep(Steps.On<RecordingPlugin>("Create", "lead", PipelineStage.PreOperation, key))
            .WithStep(Steps.On<RecordingPlugin>("Create", "lead", PipelineStage.PostOperation, key))
            .Build();

        organization.Service.Create(new LeadBuilder().WithId(Ids.Lead1).Build());

        CollectionAssert.AreEqual(new[] { false, true, true }, ContextLog.For(key).Select(r => r.IsInTransaction).ToArray());
    }

    [TestMethod]
    public void NestedCall_PreValidationStep_RunsInsideTheParentsTransaction()
    {
        var key = Steps.NewKey();
        var organization = new OrganizationBuilder()
            .WithStep(Steps.On<TaskCreatingPlugin>("Create", "lead", PipelineStage.PostOperation, "Call the lead"))
            .WithStep(Steps.On<RecordingPlugin>("Create", "task", PipelineStage.PreValidation, key))
            .Build();

        organization.Service.Create(new LeadBuilder().WithId(Ids.Lead1).Build());

        var record = ContextLog.For(key).Single();
        Assert.IsTrue(record.IsInTransaction);
        Assert.AreEqual(2, record.Depth);
    }

    [TestMethod]
    public void PreOperation_ChangingTarget_ChangesWhatIsWritten()
    {
        var organization = new OrganizationBuilder()
            .WithStep(Steps.On<SubjectStampingPlugin>("Create", "lead", PipelineStage.PreOperation, "Stamped"))
            .Build();

        organization.Service.Create(new LeadBuilder().WithId(Ids.Lead1).With("subject", "Typed").Build());

        Assert.AreEqual("Stamped", organization.Service.Retrieve("lead", Ids.Lead1, new ColumnSet("subject")).GetAttributeValue<string>("subject"));
    }

    [TestMethod]
    public void PreOperation_ChangingTarget_LeavesTheCallersEntityAlone()
    {
        var organization = new OrganizationBuilder()
            .WithStep(Steps.On<SubjectStampingPlugin>("Create", "lead", PipelineStage.PreOperation, "Stamped"))
            .Build();
        var lead = new LeadBuilder().WithId(Ids.Lead1).With("subject", "Typed").Build();

        organization.Service.Create(lead);

        Assert.AreEqual("Typed", lead["subject"]);
    }

    [TestMethod]
    public void ConcurrentCallers_AreServedOneRequestAtATime()
    {
        var organization = new OrganizationBuilder()
            .WithStep(Steps.On<TaskCreatingPlugin>("Create", "lead", PipelineStage.PostOperation, "Follow up"))
            .Build();

        System.Threading.Tasks.Parallel.For(0, 40, _ => organization.Dataverse.ServiceFor(organization.UserId).Create(new LeadBuilder().Build()));

        Assert.AreEqual(40, organization.Service.RetrieveMultiple(new QueryExpression("task")).Entities.Count);
    }

    [TestMethod]
    public void PreValidation_Rejecting_NothingIsWrittenAndLaterStagesDontRun()
    {
        var key = Steps.NewKey();
        var organization = new OrganizationBuilder()
            .WithStep(Steps.On<RejectingPlugin>("Create", "lead", PipelineStage.PreValidation, "Leads need a source"))
            .WithStep(Steps.On<RecordingPlugin>("Create", "lead", PipelineStage.PreOperation, key))
            .Build();

        Assert.ThrowsExactly<FaultException<OrganizationServiceFault>>(() => organization.Service.Create(new LeadBuilder().WithId(Ids.Lead1).Build()));

        Assert.AreEqual(0, ContextLog.For(key).Count);
        Assert.AreEqual(0, organization.Service.RetrieveMultiple(new QueryExpression("lead")).Entities.Count);
    }

    [TestMethod]
    public void StepForAnyTable_RunsForEveryTable()
    {
        var key = Steps.NewKey();
        var organization = new OrganizationBuilder()
            .WithStep(Steps.On<RecordingPlugin>("Create", null, PipelineStage.PostOperation, key))
            .Build();

        organization.Service.Create(new LeadBuilder().WithId(Ids.Lead1).Build());
        organization.Service.Create(new Entity("task", Ids.Task1));

        CollectionAssert.AreEqual(new[] { "lead", "task" }, ContextLog.For(key).Select(r => r.PrimaryEntityName).ToArray());
    }

    [TestMethod]
    public void RegisterStep_AsynchronousOutsidePostOperation_IsRefused()
    {
        var organization = new OrganizationBuilder().Build();

        Assert.ThrowsExactly<ArgumentException>(() => organization.Dataverse.RegisterStep(
            Steps.On<RecordingPlugin>("Create", "lead", PipelineStage.PreOperation, "x", StepMode.Asynchronous)));
    }

    [TestMethod]
    public void RegisterStep_TypeThatIsNotAPlugin_IsRefused()
    {
        var organization = new OrganizationBuilder().Build();

        Assert.ThrowsExactly<ArgumentException>(() => organization.Dataverse.RegisterStep(
            new StepRegistration("wrong", "Create", "lead", PipelineStage.PreOperation, StepMode.Synchronous, typeof(string))));
    }
}
