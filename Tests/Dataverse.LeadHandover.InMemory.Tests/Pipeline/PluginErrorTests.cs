using System;
using System.ServiceModel;
using Dataverse.LeadHandover.InMemory.Tests.Builders;
using Dataverse.LeadHandover.InMemory.Tests.Plugins;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.LeadHandover.InMemory.Tests.Pipeline;

/// <summary>
/// How plug-in failures reach the caller and what they leave behind: "Handle exceptions in plug-ins"
/// (https://learn.microsoft.com/power-apps/developer/data-platform/handle-exceptions: IsvAborted for
/// InvalidPluginExecutionException, IsvUnExpected "An unexpected error occurred from ISV code." otherwise; a synchronous
/// failure rolls the operation back) and "Transactions" in scalable customization design
/// (https://learn.microsoft.com/power-apps/developer/data-platform/scalable-customization-design/transactions).
/// </summary>
[TestClass]
public sealed class PluginErrorTests
{
    private const int IsvAborted = -2147220891;
    private const int IsvUnExpected = -2147220956;

    [TestMethod]
    public void InvalidPluginExecutionException_ReachesCallerAsIsvAbortedWithTheMessageUnchanged()
    {
        var organization = new OrganizationBuilder()
            .WithStep(Steps.On<RejectingPlugin>("Create", "lead", PipelineStage.PreOperation, "A lead needs a source: {0}"))
            .Build();

        var fault = Assert.ThrowsExactly<FaultException<OrganizationServiceFault>>(() => organization.Service.Create(new LeadBuilder().Build()));

        Assert.AreEqual(IsvAborted, fault.Detail.ErrorCode);
        Assert.AreEqual("A lead needs a source: {0}", fault.Detail.Message);
    }

    [TestMethod]
    public void OtherException_ReachesCallerAsIsvUnExpected()
    {
        var organization = new OrganizationBuilder()
            .WithStep(new StepRegistration("crash", "Create", "lead", PipelineStage.PostOperation, StepMode.Synchronous, typeof(CrashingPlugin)))
            .Build();

        var fault = Assert.ThrowsExactly<FaultException<OrganizationServiceFault>>(() => organization.Service.Create(new LeadBuilder().Build()));

        Assert.AreEqual(IsvUnExpected, fault.Detail.ErrorCode);
        Assert.AreEqual("An unexpected error occurred from ISV code.", fault.Detail.Message);
        StringAssert.Contains(fault.Detail.TraceText, "index was out of range");
    }

    [TestMethod]
    public void NestedCallFault_PropagatesWithItsOwnCode()
    {
        var organization = new OrganizationBuilder()
            .WithStep(Steps.On<TaskCreatingPlugin>("Create", "lead", PipelineStage.PostOperation, "Call the lead"))
            .WithStep(Steps.On<RejectingPlugin>("Create", "task", PipelineStage.PreOperation, "Tasks are closed today"))
            .Build();

        var fault = Assert.ThrowsExactly<FaultException<OrganizationServiceFault>>(() => organization.Service.Create(new LeadBuilder().Build()));

        Assert.AreEqual(IsvAborted, fault.Detail.ErrorCode);
        Assert.AreEqual("Tasks are closed today", fault.Detail.Message);
    }

    [TestMethod]
    public void PostOperationFailure_RollsBackTheRowAndEveryNestedWrite()
    {
        var organization = new OrganizationBuilder()
            .WithStep(Steps.On<TaskCreatingPlugin>("Create", "lead", PipelineStage.PreOperation, "Written in PreOperation"))
            .WithStep(Steps.On<TaskCreatingPlugin>("Create", "lead", PipelineStage.PostOperation, "Written in PostOperation"))
            .WithStep(Steps.On<RejectingPlugin>("Create", "lead", PipelineStage.PostOperation, "No") with { Rank = 9 })
            .Build();

        Assert.ThrowsExactly<FaultException<OrganizationServiceFault>>(() => organization.Service.Create(new LeadBuilder().WithId(Ids.Lead1).Build()));

        Assert.AreEqual(0, organization.Service.RetrieveMultiple(new QueryExpression("lead")).Entities.Count);
        Assert.AreEqual(0, organization.Service.RetrieveMultiple(new QueryExpression("task")).Entities.Count);
    }

    [TestMethod]
    public void UpdateFailure_LeavesTheRowAsItWas()
    {
        var organization = new OrganizationBuilder()
            .WithStep(Steps.On<RejectingPlugin>("Update", "lead", PipelineStage.PostOperation, "No"))
            .Build();
        organization.Service.Create(new LeadBuilder().WithId(Ids.Lead1).Named("Ada").Build());

        Assert.ThrowsExactly<FaultException<OrganizationServiceFault>>(() => organization.Service.Update(new Entity("lead", Ids.Lead1) { ["fullname"] = "Grace" }));

        Assert.AreEqual("Ada", organization.Service.Retrieve("lead", Ids.Lead1, new ColumnSet("fullname")).GetAttributeValue<string>("fullname"));
    }

    [TestMethod]
    public void PluginSwallowingANestedFailure_GetsIsvReducedTransactionCountAndNothingIsWritten()
    {
        var organization = new OrganizationBuilder()
            .WithStep(new StepRegistration("swallow", "Create", "lead", PipelineStage.PostOperation, StepMode.Synchronous, typeof(SwallowingPlugin)))
            .Build();

        var fault = Assert.ThrowsExactly<FaultException<OrganizationServiceFault>>(() => organization.Service.Create(new LeadBuilder().Build()));

        Assert.AreEqual(-2146893812, fault.Detail.ErrorCode);
        Assert.AreEqual(0, organization.Service.RetrieveMultiple(new QueryExpression("lead")).Entities.Count);
    }

    [TestMethod]
    public void PreValidationSwallowingANestedFailure_IsFineBecauseNoTransactionIsOpen()
    {
        var organization = new OrganizationBuilder()
            .WithStep(new StepRegistration("swallow", "Create", "lead", PipelineStage.PreValidation, StepMode.Synchronous, typeof(SwallowingPlugin)))
            .Build();

        organization.Service.Create(new LeadBuilder().WithId(Ids.Lead1).Build());

        Assert.AreEqual(1, organization.Service.RetrieveMultiple(new QueryExpression("lead")).Entities.Count);
    }

    [TestMethod]
    public void AfterAFailure_TheNextCallWorks()
    {
        var organization = new OrganizationBuilder()
            .WithStep(Steps.On<RejectingPlugin>("Create", "task", PipelineStage.PreOperation, "No tasks"))
            .Build();
        Assert.ThrowsExactly<FaultException<OrganizationServiceFault>>(() => organization.Service.Create(new Entity("task")));

        organization.Service.Create(new LeadBuilder().WithId(Ids.Lead1).Build());

        Assert.AreEqual(1, organization.Service.RetrieveMultiple(new QueryExpression("lead")).Entities.Count);
    }
}
