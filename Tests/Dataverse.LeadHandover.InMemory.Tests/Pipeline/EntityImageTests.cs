using System.Linq;
using Dataverse.LeadHandover.InMemory.Tests.Builders;
using Dataverse.LeadHandover.InMemory.Tests.Plugins;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.InMemory.Tests.Pipeline;

/// <summary>
/// Pre- and post-entity images: pre for rows that exist before the operation, post in PostOperation only, limited to
/// the registered columns ("Entity images" in https://learn.microsoft.com/power-apps/developer/data-platform/understand-the-data-context).
/// </summary>
[TestClass]
public sealed class EntityImageTests
{
    [TestMethod]
    public void Update_PreAndPostImages_ShowBeforeAndAfterLimitedToRegisteredColumns()
    {
        var key = Steps.NewKey();
        var step = Steps.On<RecordingPlugin>("Update", "lead", PipelineStage.PostOperation, key) with
        {
            Images = [new StepImage(StepImageType.Both, "Lead", ["subject"])],
        };
        var organization = new OrganizationBuilder().WithStep(step).Build();
        organization.Service.Create(new LeadBuilder().WithId(Ids.Lead1).Named("Ada").With("subject", "Boilers").Build());

        organization.Service.Update(new Entity("lead", Ids.Lead1) { ["subject"] = "Heat pumps" });

        var record = ContextLog.For(key).Single();
        Assert.AreEqual("Boilers", record.PreImages["Lead"].GetAttributeValue<string>("subject"));
        Assert.AreEqual("Heat pumps", record.PostImages["Lead"].GetAttributeValue<string>("subject"));
        Assert.IsFalse(record.PreImages["Lead"].Contains("fullname"));
        Assert.AreEqual(Ids.Lead1, record.PostImages["Lead"].Id);
    }

    [TestMethod]
    public void Update_PreOperation_HasPreImageButNoPostImage()
    {
        var key = Steps.NewKey();
        var step = Steps.On<RecordingPlugin>("Update", "lead", PipelineStage.PreOperation, key) with
        {
            Images = [new StepImage(StepImageType.Both, "Lead")],
        };
        var organization = new OrganizationBuilder().WithStep(step).Build();
        organization.Service.Create(new LeadBuilder().WithId(Ids.Lead1).Named("Ada").Build());

        organization.Service.Update(new Entity("lead", Ids.Lead1) { ["fullname"] = "Grace" });

        var record = ContextLog.For(key).Single();
        Assert.AreEqual("Ada", record.PreImages["Lead"].GetAttributeValue<string>("fullname"));
        Assert.AreEqual(0, record.PostImages.Count);
    }

    [TestMethod]
    public void Create_PostOperation_HasPostImageOnly()
    {
        var key = Steps.NewKey();
        var step = Steps.On<RecordingPlugin>("Create", "lead", PipelineStage.PostOperation, key) with
        {
            Images = [new StepImage(StepImageType.Both, "Lead")],
        };
        var organization = new OrganizationBuilder().WithStep(step).Build();

        organization.Service.Create(new LeadBuilder().WithId(Ids.Lead1).Named("Ada").Build());

        var record = ContextLog.For(key).Single();
        Assert.AreEqual(0, record.PreImages.Count);
        Assert.AreEqual("Ada", record.PostImages["Lead"].GetAttributeValue<string>("fullname"));
        Assert.IsTrue(record.PostImages["Lead"].Contains("createdon"));
    }

    [TestMethod]
    public void Delete_PreImage_ShowsTheDeletedRow()
    {
        var key = Steps.NewKey();
        var step = Steps.On<RecordingPlugin>("Delete", "lead", PipelineStage.PostOperation, key) with
        {
            Images = [new StepImage(StepImageType.PreImage, "Gone")],
        };
        var organization = new OrganizationBuilder().WithStep(step).Build();
        organization.Service.Create(new LeadBuilder().WithId(Ids.Lead1).Named("Ada").Build());

        organization.Service.Delete("lead", Ids.Lead1);

        Assert.AreEqual("Ada", ContextLog.For(key).Single().PreImages["Gone"].GetAttributeValue<string>("fullname"));
    }
}
