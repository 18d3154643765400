using System.Linq;
using Dataverse.LeadHandover.InMemory.Tests.Builders;
using Dataverse.LeadHandover.InMemory.Tests.Plugins;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Dataverse.LeadHandover.InMemory.Tests.Pipeline;

/// <summary>
/// Services and instances plug-ins get: instances created once per step with the step's configuration and reused
/// ("Write a plug-in", https://learn.microsoft.com/power-apps/developer/data-platform/write-plug-in), the tracing
/// service ("Use tracing", https://learn.microsoft.com/power-apps/developer/data-platform/logging-tracing) and the
/// organization service factory (null = SYSTEM, Guid.Empty = the context's user,
/// https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.iorganizationservicefactory.createorganizationservice).
/// </summary>
[TestClass]
public sealed class PluginServicesTests
{
    [TestMethod]
    public void PluginInstance_IsReusedAcrossExecutions()
    {
        var organization = new OrganizationBuilder()
            .WithStep(new StepRegistration("count", "Create", "lead", PipelineStage.PostOperation, StepMode.Synchronous, typeof(CountingPlugin)))
            .Build();

        organization.Service.Create(new LeadBuilder().Build());
        organization.Service.Create(new LeadBuilder().Build());

        CollectionAssert.AreEqual(new[] { "execution 1", "execution 2" }, organization.Dataverse.TraceLog.Select(t => t.Text).ToArray());
    }

    [TestMethod]
    public void PluginInstance_IsOnePerStepRegistration()
    {
        var organization = new OrganizationBuilder()
            .WithStep(new StepRegistration("first", "Create", "lead", PipelineStage.PostOperation, StepMode.Synchronous, typeof(CountingPlugin)))
            .WithStep(new StepRegistration("second", "Create", "lead", PipelineStage.PostOperation, StepMode.Synchronous, typeof(CountingPlugin)))
            .Build();

        organization.Service.Create(new LeadBuilder().Build());

        CollectionAssert.AreEqual(new[] { "execution 1", "execution 1" }, organization.Dataverse.TraceLog.Select(t => t.Text).ToArray());
    }

    [TestMethod]
    public void PluginConstructor_ReceivesUnsecureAndSecureConfiguration()
    {
        var organization = new OrganizationBuilder()
            .WithStep(Steps.On<ConfigurationEchoPlugin>("Create", "lead", PipelineStage.PostOperation, "sla=30") with { SecureConfiguration = "key=abc" })
            .Build();

        organization.Service.Create(new LeadBuilder().Build());

        Assert.AreEqual("unsecure=sla=30 secure=key=abc", organization.Dataverse.TraceLog.Single().Text);
    }

    [TestMethod]
    public void Tracing_LinesCarryTheExecutionTheyCameFrom()
    {
        var organization = new OrganizationBuilder()
            .WithStep(new StepRegistration("trace", "Create", "lead", PipelineStage.PreOperation, StepMode.Synchronous, typeof(TracingPlugin)))
            .Build();

        organization.Service.Create(new LeadBuilder().Build());

        var traces = organization.Dataverse.TraceLog;
        Assert.AreEqual("handling Create of lead", traces[0].Text);
        Assert.AreEqual("json {\"a\":1}", traces[1].Text);
        Assert.AreEqual(typeof(TracingPlugin).FullName, traces[0].PluginType);
        Assert.AreEqual(20, traces[0].Stage);
        Assert.AreEqual(1, traces[0].Depth);
        Assert.AreEqual(OrganizationBuilder.Now.UtcDateTime, traces[0].TracedOn);
    }

    [TestMethod]
    public void ServiceFactory_NullIsSystemAndEmptyIsTheContextUser()
    {
        var organization = new OrganizationBuilder()
            .WithStep(new StepRegistration("probe", "Create", "lead", PipelineStage.PostOperation, StepMode.Synchronous, typeof(ServiceFactoryProbePlugin)))
            .Build();

        organization.Service.Create(new LeadBuilder().Build());

        var traces = organization.Dataverse.TraceLog.Select(t => t.Text).ToArray();
        CollectionAssert.AreEqual(new[] { $"null={organization.Dataverse.SystemUserId}", $"empty={organization.UserId}" }, traces);
    }
}
