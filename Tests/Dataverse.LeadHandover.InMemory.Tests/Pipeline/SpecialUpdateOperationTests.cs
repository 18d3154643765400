using System.Linq;
using Dataverse.LeadHandover.InMemory.Tests.Builders;
using Dataverse.LeadHandover.InMemory.Tests.Plugins;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.InMemory.Tests.Pipeline;

/// <summary>
/// "Behavior of specialized update operations" (https://learn.microsoft.com/power-apps/developer/data-platform/special-update-operation-behavior):
/// an update with state/status columns plus other columns runs PreOperation/PostOperation Update plug-ins once for
/// the other columns and then once for the state/status columns; on business-owned tables the same happens for owner
/// columns (business unit, manager). PreValidation sees the whole update once.
/// </summary>
[TestClass]
public sealed class SpecialUpdateOperationTests
{
    [TestMethod]
    public void Update_StateAndOtherColumns_PreOperationRunsTwiceOtherColumnsFirst()
    {
        var key = Steps.NewKey();
        var organization = new OrganizationBuilder()
            .WithStep(Steps.On<RecordingPlugin>("Update", "lead", PipelineStage.PreOperation, key))
            .Build();
        organization.Service.Create(new LeadBuilder().WithId(Ids.Lead1).Build());

        organization.Service.Update(new Entity("lead", Ids.Lead1)
        {
            ["subject"] = "Disqualified: no budget",
            ["statecode"] = new OptionSetValue(2),
            ["statuscode"] = new OptionSetValue(6),
        });

        var targets = ContextLog.For(key).Select(r => string.Join(",", r.Target!.Attributes.Keys.Order())).ToArray();
        CollectionAssert.AreEqual(new[] { "subject", "statecode,statuscode" }, targets);
    }

    [TestMethod]
    public void Update_StateAndOtherColumns_PreValidationRunsOnceWithEverything()
    {
        var key = Steps.NewKey();
        var organization = new OrganizationBuilder()
            .WithStep(Steps.On<RecordingPlugin>("Update", "lead", PipelineStage.PreValidation, key))
            .Build();
        organization.Service.Create(new LeadBuilder().WithId(Ids.Lead1).Build());

        organization.Service.Update(new Entity("lead", Ids.Lead1) { ["subject"] = "x", ["statecode"] = new OptionSetValue(1) });

        Assert.AreEqual(2, ContextLog.For(key).Single().Target!.Attributes.Count);
    }

    [TestMethod]
    public void Update_SecondPartsPreImage_ShowsTheFirstPartAlreadyWritten()
    {
        var key = Steps.NewKey();
        var step = Steps.On<RecordingPlugin>("Update", "lead", PipelineStage.PostOperation, key) with
        {
            Images = [new StepImage(StepImageType.PreImage, "Before", ["subject"])],
        };
        var organization = new OrganizationBuilder().WithStep(step).Build();
        organization.Service.Create(new LeadBuilder().WithId(Ids.Lead1).With("subject", "old").Build());

        organization.Service.Update(new Entity("lead", Ids.Lead1) { ["subject"] = "new", ["statecode"] = new OptionSetValue(1) });

        var records = ContextLog.For(key);
        Assert.AreEqual("old", records[0].PreImages["Before"].GetAttributeValue<string>("subject"));
        Assert.AreEqual("new", records[1].PreImages["Before"].GetAttributeValue<string>("subject"));
    }

    [TestMethod]
    public void Update_OnlyStateColumns_RunsOnce()
    {
        var key = Steps.NewKey();
        var organization = new OrganizationBuilder()
            .WithStep(Steps.On<RecordingPlugin>("Update", "lead", PipelineStage.PostOperation, key))
            .Build();
        organization.Service.Create(new LeadBuilder().WithId(Ids.Lead1).Build());

        organization.Service.Update(new Entity("lead", Ids.Lead1) { ["statecode"] = new OptionSetValue(1), ["statuscode"] = new OptionSetValue(2) });

        Assert.AreEqual(1, ContextLog.For(key).Count);
    }

    [TestMethod]
    public void Update_BusinessOwnedTableOwnerColumnAndOtherColumn_RunsTwice()
    {
        var key = Steps.NewKey();
        var organization = new OrganizationBuilder()
            .WithStep(Steps.On<RecordingPlugin>("Update", "systemuser", PipelineStage.PostOperation, key))
            .Build();
        var otherUnit = organization.Dataverse.Store.Create(new Entity("businessunit") { ["name"] = "North" }, organization.Dataverse.SystemUserId);

        organization.Service.Update(new Entity("systemuser", organization.UserId)
        {
            ["fullname"] = "Riley North",
            ["businessunitid"] = new EntityReference("businessunit", otherUnit),
        });

        var targets = ContextLog.For(key).Select(r => string.Join(",", r.Target!.Attributes.Keys)).ToArray();
        CollectionAssert.AreEqual(new[] { "fullname", "businessunitid" }, targets);
    }

    [TestMethod]
    public void Update_UserOwnedTableOwnerIdAndOtherColumn_RunsOnceAsThePageStatesNothingElse()
    {
        var key = Steps.NewKey();
        var organization = new OrganizationBuilder()
            .WithStep(Steps.On<RecordingPlugin>("Update", "lead", PipelineStage.PostOperation, key))
            .Build();
        organization.Service.Create(new LeadBuilder().WithId(Ids.Lead1).Build());

        organization.Service.Update(new Entity("lead", Ids.Lead1)
        {
            ["subject"] = "handover",
            ["ownerid"] = new EntityReference("systemuser", organization.Dataverse.SystemUserId),
        });

        Assert.AreEqual(1, ContextLog.For(key).Count);
    }

    [TestMethod]
    public void Assign_UpdateStepsRunWithTheAssignContextAsParent()
    {
        var key = Steps.NewKey();
        var organization = new OrganizationBuilder()
            .WithStep(Steps.On<RecordingPlugin>("Update", "lead", PipelineStage.PreOperation, key))
            .Build();
        organization.Service.Create(new LeadBuilder().WithId(Ids.Lead1).Build());

        organization.Service.Execute(new Microsoft.Crm.Sdk.Messages.AssignRequest
        {
            Target = new EntityReference("lead", Ids.Lead1),
            Assignee = new EntityReference("systemuser", organization.Dataverse.SystemUserId),
        });

        var record = ContextLog.For(key).Single();
        Assert.IsTrue(record.Target!.Contains("ownerid"));
        Assert.AreEqual("Assign", record.Parent!.Parent!.MessageName);
        Assert.AreEqual(1, record.Depth);
    }
}
