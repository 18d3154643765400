using System.Linq;
using System.ServiceModel;
using Dataverse.LeadHandover.InMemory.Tests.Builders;
using Dataverse.LeadHandover.InMemory.Tests.Plugins;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.LeadHandover.InMemory.Tests.Pipeline;

/// <summary>
/// Asynchronous steps: queued when the operation commits, never when it rolls back, run later outside the transaction
/// ("Asynchronous service", https://learn.microsoft.com/power-apps/developer/data-platform/asynchronous-service;
/// "Handle exceptions in plug-ins": async failures are recorded on the system job,
/// https://learn.microsoft.com/power-apps/developer/data-platform/handle-exceptions).
/// </summary>
[TestClass]
public sealed class AsyncStepTests
{
    [TestMethod]
    public void AsyncStep_RunsOnlyWhenDrained()
    {
        var key = Steps.NewKey();
        var organization = new OrganizationBuilder()
            .WithStep(Steps.On<RecordingPlugin>("Create", "lead", PipelineStage.PostOperation, key, StepMode.Asynchronous))
            .Build();

        organization.Service.Create(new LeadBuilder().WithId(Ids.Lead1).Build());
        var before = ContextLog.For(key).Count;
        var ran = organization.Dataverse.DrainAsyncOperations();

        Assert.AreEqual(0, before);
        Assert.AreEqual(1, ran);
        var record = ContextLog.For(key).Single();
        Assert.AreEqual(1, record.Mode);
        Assert.IsFalse(record.IsInTransaction);
        Assert.AreEqual(Ids.Lead1, record.PrimaryEntityId);
    }

    [TestMethod]
    public void AsyncStep_OperationRolledBack_IsNeverQueued()
    {
        var key = Steps.NewKey();
        var organization = new OrganizationBuilder()
            .WithStep(Steps.On<RecordingPlugin>("Create", "lead", PipelineStage.PostOperation, key, StepMode.Asynchronous))
            .WithStep(Steps.On<RejectingPlugin>("Create", "lead", PipelineStage.PostOperation, "No"))
            .Build();

        Assert.ThrowsExactly<FaultException<OrganizationServiceFault>>(() => organization.Service.Create(new LeadBuilder().Build()));

        Assert.AreEqual(0, organization.Dataverse.DrainAsyncOperations());
    }

    [TestMethod]
    public void AsyncStep_QueuedByAnAsyncStep_RunsInTheSameDrain()
    {
        var key = Steps.NewKey();
        var organization = new OrganizationBuilder()
            .WithStep(Steps.On<TaskCreatingPlugin>("Create", "lead", PipelineStage.PostOperation, "Follow up", StepMode.Asynchronous))
            .WithStep(Steps.On<RecordingPlugin>("Create", "task", PipelineStage.PostOperation, key, StepMode.Asynchronous))
            .Build();
        organization.Service.Create(new LeadBuilder().WithId(Ids.Lead1).Build());

        var ran = organization.Dataverse.DrainAsyncOperations();

        Assert.AreEqual(2, ran);
        Assert.AreEqual(2, ContextLog.For(key).Single().Depth);
    }

    [TestMethod]
    public void AsyncStep_ContextIsASnapshotWithTheMainOperationAsParent()
    {
        var key = Steps.NewKey();
        var step = Steps.On<RecordingPlugin>("Update", "lead", PipelineStage.PostOperation, key, StepMode.Asynchronous) with
        {
            Images = [new StepImage(StepImageType.PostImage, "After", ["subject"])],
        };
        var organization = new OrganizationBuilder().WithStep(step).Build();
        organization.Service.Create(new LeadBuilder().WithId(Ids.Lead1).Named("Ada").Build());
        organization.Service.Update(new Entity("lead", Ids.Lead1) { ["subject"] = "first" });
        organization.Service.Update(new Entity("lead", Ids.Lead1) { ["subject"] = "second" });

        organization.Dataverse.DrainAsyncOperations();

        var records = ContextLog.For(key);
        Assert.AreEqual("first", records[0].PostImages["After"].GetAttributeValue<string>("subject"));
        Assert.AreEqual("Ada", records[0].PostImages["AsynchronousStepPrimaryName"].GetAttributeValue<string>("fullname"));
        Assert.AreEqual(30, records[0].Parent!.Stage);
    }

    [TestMethod]
    public void AsyncStep_Failing_IsRecordedNotThrown()
    {
        var organization = new OrganizationBuilder()
            .WithStep(Steps.On<RejectingPlugin>("Create", "lead", PipelineStage.PostOperation, "Webhook down", StepMode.Asynchronous))
            .Build();
        organization.Service.Create(new LeadBuilder().WithId(Ids.Lead1).Build());

        var ran = organization.Dataverse.DrainAsyncOperations();

        Assert.AreEqual(1, ran);
        var failure = organization.Dataverse.AsyncOperationFailures.Single();
        Assert.AreEqual("Webhook down", failure.Message);
        Assert.AreEqual(Ids.Lead1, failure.PrimaryEntityId);
        Assert.AreEqual(1, organization.Service.RetrieveMultiple(new QueryExpression("lead")).Entities.Count);
    }
}
