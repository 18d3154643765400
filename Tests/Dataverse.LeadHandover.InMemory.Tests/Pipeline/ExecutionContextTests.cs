using System;
using System.Linq;
using Dataverse.LeadHandover.InMemory.Tests.Builders;
using Dataverse.LeadHandover.InMemory.Tests.Plugins;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.InMemory.Tests.Pipeline;

/// <summary>
/// What the execution context carries: identity, depth, parent context, correlation, shared variables and outputs
/// ("Understand the execution context", https://learn.microsoft.com/power-apps/developer/data-platform/understand-the-data-context;
/// IExecutionContext, https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.iexecutioncontext).
/// </summary>
[TestClass]
public sealed class ExecutionContextTests
{
    [TestMethod]
    public void Create_PostOperationContext_CarriesTheOperationsIdentity()
    {
        var key = Steps.NewKey();
        var step = Steps.On<RecordingPlugin>("Create", "lead", PipelineStage.PostOperation, key) with { Id = Ids.Step1 };
        var organization = new OrganizationBuilder().WithStep(step).Build();

        organization.Service.Create(new LeadBuilder().WithId(Ids.Lead1).Build());

        var record = ContextLog.For(key).Single();
        Assert.AreEqual("Create", record.MessageName);
        Assert.AreEqual("lead", record.PrimaryEntityName);
        Assert.AreEqual(Ids.Lead1, record.PrimaryEntityId);
        Assert.AreEqual(0, record.Mode);
        Assert.AreEqual(1, record.Depth);
        Assert.AreEqual(organization.UserId, record.UserId);
        Assert.AreEqual(organization.UserId, record.InitiatingUserId);
        Assert.AreEqual(organization.Dataverse.OrganizationId, record.OrganizationId);
        Assert.AreEqual(organization.Dataverse.RootBusinessUnitId, record.BusinessUnitId);
        Assert.AreEqual(OrganizationBuilder.Now.UtcDateTime, record.OperationCreatedOn);
        Assert.AreEqual(new EntityReference("sdkmessageprocessingstep", Ids.Step1), record.OwningExtension);
        Assert.IsTrue(record.SameObjectForNewerInterfaces);
    }

    [TestMethod]
    public void Create_OutputId_IsThereInPostOperationOnly()
    {
        var key = Steps.NewKey();
        var organization = new OrganizationBuilder()
            .WithStep(Steps.On<RecordingPlugin>("Create", "lead", PipelineStage.PreOperation, key))
            .WithStep(Steps.On<RecordingPlugin>("Create", "lead", PipelineStage.PostOperation, key))
            .Build();

        organization.Service.Create(new LeadBuilder().Build());

        var records = ContextLog.For(key);
        Assert.IsFalse(records[0].OutputParameters.ContainsKey("id"));
        Assert.AreEqual(records[1].PrimaryEntityId, (Guid)records[1].OutputParameters["id"]!);
    }

    [TestMethod]
    public void NestedCall_FromPlugin_IsOneLevelDeeperWithTheCallerAsParentAndTheSameCorrelation()
    {
        var key = Steps.NewKey();
        var outerKey = Steps.NewKey();
        var organization = new OrganizationBuilder()
            .WithStep(Steps.On<RecordingPlugin>("Create", "lead", PipelineStage.PostOperation, outerKey))
            .WithStep(Steps.On<TaskCreatingPlugin>("Create", "lead", PipelineStage.PostOperation, "Call the lead") with { Rank = 2 })
            .WithStep(Steps.On<RecordingPlugin>("Update", "task", PipelineStage.PostOperation, "unused"))
            .WithStep(Steps.On<RecordingPlugin>("Create", "task", PipelineStage.PostOperation, key))
            .Build();

        organization.Service.Create(new LeadBuilder().WithId(Ids.Lead1).Build());

        var nested = ContextLog.For(key).Single();
        var outer = ContextLog.For(outerKey).Single();
        Assert.AreEqual(2, nested.Depth);
        Assert.AreEqual(outer.CorrelationId, nested.CorrelationId);
        Assert.AreEqual(organization.UserId, nested.InitiatingUserId);

        // The task's PostOperation context's parent is its own PreValidation context; above that is the calling plug-in.
        Assert.AreEqual("task", nested.Parent!.PrimaryEntityName);
        Assert.AreEqual(10, nested.Parent.Stage);
        Assert.AreEqual("lead", nested.Parent.Parent!.PrimaryEntityName);
        Assert.AreEqual(40, nested.Parent.Parent.Stage);
    }

    [TestMethod]
    public void TopLevelCalls_EachGetTheirOwnCorrelationId()
    {
        var key = Steps.NewKey();
        var organization = new OrganizationBuilder()
            .WithStep(Steps.On<RecordingPlugin>("Create", "lead", PipelineStage.PostOperation, key))
            .Build();

        organization.Service.Create(new LeadBuilder().WithId(Ids.Lead1).Build());
        organization.Service.Create(new LeadBuilder().WithId(Ids.Lead2).Build());

        var records = ContextLog.For(key);
        Assert.AreNotEqual(records[0].CorrelationId, records[1].CorrelationId);
        Assert.IsNull(records[0].Parent!.Parent);
    }

    [TestMethod]
    public void Create_SharedVariableSetInPreValidation_ReachesPreOperationThroughParentContext()
    {
        var key = Steps.NewKey();
        var organization = new OrganizationBuilder()
            .WithStep(Steps.On<SharedVariablePlugin>("Create", "lead", PipelineStage.PreValidation, "from stage 10"))
            .WithStep(Steps.On<RecordingPlugin>("Create", "lead", PipelineStage.PreOperation, key))
            .Build();

        organization.Service.Create(new LeadBuilder().Build());

        var record = ContextLog.For(key).Single();
        Assert.IsFalse(record.SharedVariables.ContainsKey("handover"));
        Assert.AreEqual("from stage 10", record.Parent!.SharedVariables["handover"]);
    }

    [TestMethod]
    public void Create_SharedVariableSetInPreOperation_ReachesPostOperationDirectly()
    {
        var key = Steps.NewKey();
        var organization = new OrganizationBuilder()
            .WithStep(Steps.On<SharedVariablePlugin>("Create", "lead", PipelineStage.PreOperation, "from stage 20"))
            .WithStep(Steps.On<RecordingPlugin>("Create", "lead", PipelineStage.PostOperation, key))
            .Build();

        organization.Service.Create(new LeadBuilder().Build());

        Assert.AreEqual("from stage 20", ContextLog.For(key).Single().SharedVariables["handover"]);
    }

    [TestMethod]
    public void Retrieve_SharedVariableSetInPreValidation_IsInTheSameCollectionLater()
    {
        var key = Steps.NewKey();
        var organization = new OrganizationBuilder()
            .WithStep(Steps.On<SharedVariablePlugin>("Retrieve", "lead", PipelineStage.PreValidation, "same collection"))
            .WithStep(Steps.On<RecordingPlugin>("Retrieve", "lead", PipelineStage.PostOperation, key))
            .Build();
        organization.Service.Create(new LeadBuilder().WithId(Ids.Lead1).Build());

        organization.Service.Retrieve("lead", Ids.Lead1, new Microsoft.Xrm.Sdk.Query.ColumnSet());

        Assert.AreEqual("same collection", ContextLog.For(key).Single().SharedVariables["handover"]);
    }

    [TestMethod]
    public void NestedCall_SharedVariableOfTheCaller_IsVisibleThroughParentContext()
    {
        var key = Steps.NewKey();
        var organization = new OrganizationBuilder()
            .WithStep(Steps.On<SharedVariablePlugin>("Create", "lead", PipelineStage.PostOperation, "set by the caller"))
            .WithStep(Steps.On<TaskCreatingPlugin>("Create", "lead", PipelineStage.PostOperation, "Call the lead") with { Rank = 2 })
            .WithStep(Steps.On<RecordingPlugin>("Create", "task", PipelineStage.PreValidation, key))
            .Build();

        organization.Service.Create(new LeadBuilder().Build());

        var record = ContextLog.For(key).Single();
        Assert.IsFalse(record.SharedVariables.ContainsKey("handover"));
        Assert.AreEqual("set by the caller", record.Parent!.SharedVariables["handover"]);
    }
}
