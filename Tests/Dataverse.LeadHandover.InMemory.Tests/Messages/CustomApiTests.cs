using System;
using System.Linq;
using System.ServiceModel;
using Dataverse.LeadHandover.InMemory.Tests.Builders;
using Dataverse.LeadHandover.InMemory.Tests.Plugins;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.InMemory.Tests.Messages;

/// <summary>
/// Custom API messages: request parameters become InputParameters, the API's plug-in runs as the main operation
/// (stage 30), OutputParameters become the response (https://learn.microsoft.com/power-apps/developer/data-platform/custom-api).
/// The fault for a missing required parameter is checked by code class only: its exact code is UNVERIFIED.
/// </summary>
[TestClass]
public sealed class CustomApiTests
{
    private static readonly CustomApiDefinition Doubling = new("lh_Double", typeof(DoublingApiPlugin))
    {
        RequestParameters =
        [
            new CustomApiParameter("Amount", CustomApiParameterType.Integer),
            new CustomApiParameter("RecordKey", CustomApiParameterType.String, IsOptional: true),
        ],
        ResponseProperties = [new CustomApiParameter("Doubled", CustomApiParameterType.Integer)],
    };

    [TestMethod]
    public void Execute_CustomApi_OutputParametersBecomeTheResponse()
    {
        var organization = new OrganizationBuilder().WithCustomApi(Doubling).Build();

        var response = organization.Service.Execute(new OrganizationRequest("lh_Double") { ["Amount"] = 21 });

        Assert.AreEqual(42, (int)response["Doubled"]);
        Assert.AreEqual("lh_Double", response.ResponseName);
    }

    [TestMethod]
    public void Execute_CustomApi_PluginRunsAsTheMainOperationOfAnUnboundMessage()
    {
        var key = Steps.NewKey();
        var organization = new OrganizationBuilder().WithCustomApi(Doubling).Build();

        organization.Service.Execute(new OrganizationRequest("lh_Double") { ["Amount"] = 1, ["RecordKey"] = key });

        var record = ContextLog.For(key).Single();
        Assert.AreEqual(30, record.Stage);
        Assert.AreEqual("lh_Double", record.MessageName);
        Assert.AreEqual("none", record.PrimaryEntityName);
        Assert.IsTrue(record.IsInTransaction);
    }

    [TestMethod]
    public void Execute_CustomApiWithoutRequiredParameter_FaultsBeforeThePluginRuns()
    {
        var key = Steps.NewKey();
        var organization = new OrganizationBuilder()
            .WithCustomApi(Doubling)
            .WithStep(Steps.On<RecordingPlugin>("lh_Double", null, PipelineStage.PreValidation, key))
            .Build();

        var fault = Assert.ThrowsExactly<FaultException<OrganizationServiceFault>>(
            () => organization.Service.Execute(new OrganizationRequest("lh_Double")));

        StringAssert.Contains(fault.Detail.Message, "Amount");
        Assert.AreEqual(0, ContextLog.For(key).Count);
    }

    [TestMethod]
    public void Execute_CustomApiWithMistypedParameter_Faults()
    {
        var organization = new OrganizationBuilder().WithCustomApi(Doubling).Build();

        var fault = Assert.ThrowsExactly<FaultException<OrganizationServiceFault>>(
            () => organization.Service.Execute(new OrganizationRequest("lh_Double") { ["Amount"] = "21" }));

        StringAssert.Contains(fault.Detail.Message, "Integer");
    }

    [TestMethod]
    public void Execute_CustomApi_StepsRegisteredOnTheMessageRunAroundIt()
    {
        var key = Steps.NewKey();
        var organization = new OrganizationBuilder()
            .WithCustomApi(Doubling)
            .WithStep(Steps.On<RecordingPlugin>("lh_Double", null, PipelineStage.PostOperation, key))
            .Build();

        organization.Service.Execute(new OrganizationRequest("lh_Double") { ["Amount"] = 5 });

        Assert.AreEqual(10, ContextLog.For(key).Single().OutputParameters["Doubled"]);
    }

    [TestMethod]
    public void Execute_BoundCustomApi_TargetIsThePrimaryRow()
    {
        var key = Steps.NewKey();
        var bound = Doubling with { UniqueName = "lh_DoubleForLead", BoundEntity = "lead" };
        var organization = new OrganizationBuilder().WithCustomApi(bound).Build();

        organization.Service.Execute(new OrganizationRequest("lh_DoubleForLead")
        {
            ["Target"] = new EntityReference("lead", Ids.Lead1),
            ["Amount"] = 2,
            ["RecordKey"] = key,
        });

        var record = ContextLog.For(key).Single();
        Assert.AreEqual("lead", record.PrimaryEntityName);
        Assert.AreEqual(Ids.Lead1, record.PrimaryEntityId);
    }

    [TestMethod]
    public void Execute_BoundCustomApiWithoutTarget_Faults()
    {
        var bound = Doubling with { UniqueName = "lh_DoubleForLead", BoundEntity = "lead" };
        var organization = new OrganizationBuilder().WithCustomApi(bound).Build();

        Assert.ThrowsExactly<FaultException<OrganizationServiceFault>>(
            () => organization.Service.Execute(new OrganizationRequest("lh_DoubleForLead") { ["Amount"] = 2 }));
    }

    [TestMethod]
    public void RegisterCustomApi_WithABuiltInMessageName_IsRefused()
    {
        var organization = new OrganizationBuilder().Build();

        Assert.ThrowsExactly<ArgumentException>(() => organization.Dataverse.RegisterCustomApi(Doubling with { UniqueName = "Create" }));
    }
}
