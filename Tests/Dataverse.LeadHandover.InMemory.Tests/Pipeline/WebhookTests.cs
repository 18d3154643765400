using System;
using System.Collections.Concurrent;
using System.IO;
using System.Linq;
using System.Runtime.Serialization.Json;
using System.Text;
using System.Threading.Tasks;
using Dataverse.LeadHandover.InMemory.Tests.Builders;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.InMemory.Tests.Pipeline;

/// <summary>
/// Webhook steps: Dataverse POSTs the execution context as a RemoteExecutionContext serialized by
/// DataContractJsonSerializer ("Use webhooks", https://learn.microsoft.com/power-apps/developer/data-platform/use-webhooks).
/// </summary>
[TestClass]
public sealed class WebhookTests
{
    [TestMethod]
    public void AsyncWebhookStep_PostsTheContextAsRemoteExecutionContextJsonWhenDrained()
    {
        var bodies = new ConcurrentQueue<string>();
        var organization = new OrganizationBuilder()
            .WithStep(StepRegistration.ForServiceEndpoint("lead created", "Create", "lead", PipelineStage.PostOperation, StepMode.Asynchronous, Ids.Endpoint1))
            .Build();
        organization.Dataverse.RegisterServiceEndpoint(Ids.Endpoint1, "handover", (body, _) =>
        {
            bodies.Enqueue(body);
            return Task.CompletedTask;
        });
        organization.Service.Create(new LeadBuilder().WithId(Ids.Lead1).Named("Ada").Build());
        var beforeDrain = bodies.Count;

        organization.Dataverse.DrainAsyncOperations();

        Assert.AreEqual(0, beforeDrain);
        var context = Read(bodies.Single());
        Assert.AreEqual("Create", context.MessageName);
        Assert.AreEqual("lead", context.PrimaryEntityName);
        Assert.AreEqual(Ids.Lead1, context.PrimaryEntityId);
        Assert.AreEqual(40, context.Stage);
        Assert.AreEqual(1, context.Mode);
        // DataContractJsonSerializer reads a Guid in an object slot back as its string, as receivers see it.
        Assert.AreEqual(Ids.Lead1.ToString(), context.OutputParameters["id"]);
        Assert.AreEqual("Ada", ((Entity)context.InputParameters["Target"]).GetAttributeValue<string>("fullname"));
    }

    [TestMethod]
    public void WebhookFailing_IsRecordedAsAFailedAsyncOperation()
    {
        var organization = new OrganizationBuilder()
            .WithStep(StepRegistration.ForServiceEndpoint("lead created", "Create", "lead", PipelineStage.PostOperation, StepMode.Asynchronous, Ids.Endpoint1))
            .Build();
        organization.Dataverse.RegisterServiceEndpoint(Ids.Endpoint1, "handover", (_, _) => Task.FromException(new IOException("503")));
        organization.Service.Create(new LeadBuilder().WithId(Ids.Lead1).Build());

        organization.Dataverse.DrainAsyncOperations();

        Assert.AreEqual("lead created", organization.Dataverse.AsyncOperationFailures.Single().StepName);
    }

    [TestMethod]
    public void PluginUsingTheNotificationService_PostsItsContextSynchronously()
    {
        var bodies = new ConcurrentQueue<string>();
        var organization = new OrganizationBuilder()
            .WithStep(Steps.On<Plugins.NotifyingPlugin>("Create", "lead", PipelineStage.PostOperation, Ids.Endpoint1.ToString()))
            .Build();
        organization.Dataverse.RegisterServiceEndpoint(Ids.Endpoint1, "handover", (body, _) =>
        {
            bodies.Enqueue(body);
            return Task.CompletedTask;
        });

        organization.Service.Create(new LeadBuilder().WithId(Ids.Lead1).Build());

        var context = Read(bodies.Single());
        Assert.AreEqual(0, context.Mode);
        Assert.IsTrue(context.IsInTransaction);
        Assert.AreEqual(10, context.ParentContext.Stage);
    }

    private static RemoteExecutionContext Read(string body)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(body));
        return (RemoteExecutionContext)new DataContractJsonSerializer(typeof(RemoteExecutionContext)).ReadObject(stream)!;
    }
}
