using Dataverse.LeadHandover.InMemory.Tests.Builders;
using Dataverse.LeadHandover.InMemory.Tests.Plugins;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.InMemory.Tests.Pipeline;

/// <summary>
/// Filtering attributes: an Update step runs only when the Target contains one of them
/// (https://learn.microsoft.com/power-apps/developer/data-platform/register-plug-in, "Set filtering attributes").
/// </summary>
[TestClass]
public sealed class FilteringAttributeTests
{
    [TestMethod]
    [DataRow("subject", 1)]
    [DataRow("fullname", 0)]
    public void Update_StepFilteredOnSubject_RunsOnlyWhenSubjectIsInTheTarget(string column, int expectedRuns)
    {
        var key = Steps.NewKey();
        var step = Steps.On<RecordingPlugin>("Update", "lead", PipelineStage.PreOperation, key) with { FilteringAttributes = ["subject", "leadsourcecode"] };
        var organization = new OrganizationBuilder().WithStep(step).Build();
        organization.Service.Create(new LeadBuilder().WithId(Ids.Lead1).Build());

        organization.Service.Update(new Entity("lead", Ids.Lead1) { [column] = "changed" });

        Assert.AreEqual(expectedRuns, ContextLog.For(key).Count);
    }

    [TestMethod]
    public void Update_StepWithoutFilter_RunsForAnyColumn()
    {
        var key = Steps.NewKey();
        var organization = new OrganizationBuilder()
            .WithStep(Steps.On<RecordingPlugin>("Update", "lead", PipelineStage.PreOperation, key))
            .Build();
        organization.Service.Create(new LeadBuilder().WithId(Ids.Lead1).Build());

        organization.Service.Update(new Entity("lead", Ids.Lead1) { ["fullname"] = "changed" });

        Assert.AreEqual(1, ContextLog.For(key).Count);
    }
}
