using System;
using System.Collections.Generic;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Azure.Storage.Queues;
using Dataverse.LeadHandover.Domain.Schema;
using Dataverse.LeadHandover.Functions.Notifications;
using Dataverse.LeadHandover.Functions.Tests.Support;
using Dataverse.LeadHandover.Functions.Webhooks;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.Functions.Tests.Queue;

/// <summary>
/// The webhook and the sender through a real storage queue (Azurite, started by scripts/azurite.sh). The queue
/// trigger expects base64-encoded messages unless host.json says otherwise ("Azure Queue storage trigger: message
/// encoding", https://learn.microsoft.com/azure/azure-functions/functions-bindings-storage-queue#host-json), so
/// the message on the queue must be base64 of the JSON the sender reads.
/// </summary>
[TestClass]
public sealed class NotificationQueueRoundTripTests
{
    [TestMethod]
    [Timeout(120_000, CooperativeCancellation = true)]
    public async Task Webhook_ThroughAzurite_LeavesABase64MessageTheSenderTurnsIntoACard()
    {
        var cancellation = TestContext.CancellationToken;
        const string queueName = "lh-roundtrip-webhook";
        var connection = AzuriteFixture.ConnectionString;
        var organization = TestOrganization.Create().WithStandardHandover();
        using var host = new FunctionsTestHost(organization, Azurite(connection, queueName), withStorageQueue: true);
        var body = WebhookBodies.HandoverCreated(organization.Dataverse.OrganizationId, Ids.Handover);

        var answer = await host.Get<HandoverCreatedWebhook>().RunAsync(WebhookRequests.Post(body), cancellation);
        var received = (await new QueueClient(connection, queueName).ReceiveMessageAsync(cancellationToken: cancellation)).Value;
        var triggerText = Encoding.UTF8.GetString(Convert.FromBase64String(received.Body.ToString()));
        await host.Get<SendHandoverNotification>().RunAsync(triggerText, cancellation);

        Assert.AreEqual(202, ((IStatusCodeActionResult)answer).StatusCode);
        Assert.AreEqual(new HandoverNotificationMessage(Ids.Handover, Ids.Correlation).ToJson(), triggerText);
        Assert.HasCount(1, host.Teams.Posts);
        Assert.AreEqual(NotificationStatus.Sent, organization.Handover(Ids.Handover).GetAttributeValue<OptionSetValue>(HandoverSchema.NotificationStatus).Value);
    }

    [TestMethod]
    [Timeout(120_000, CooperativeCancellation = true)]
    public async Task Enqueue_QueueDoesNotExistYet_CreatesItAndSendsOneMessagePerDelivery()
    {
        var cancellation = TestContext.CancellationToken;
        const string queueName = "lh-roundtrip-create";
        var connection = AzuriteFixture.ConnectionString;
        using var host = new FunctionsTestHost(TestOrganization.Create(), Azurite(connection, queueName), withStorageQueue: true);
        var queue = host.Get<IHandoverNotificationQueue>();

        await queue.EnqueueAsync(new HandoverNotificationMessage(Ids.Handover, Ids.Correlation), cancellation);
        await queue.EnqueueAsync(new HandoverNotificationMessage(Ids.Handover, Ids.Correlation), cancellation);

        var properties = (await new QueueClient(connection, queueName).GetPropertiesAsync(cancellation)).Value;
        Assert.AreEqual(2, properties.ApproximateMessagesCount);
    }

    [TestMethod]
    [Timeout(120_000, CooperativeCancellation = true)]
    public async Task Check_QueueMissingThenHoldingAMessage_IsReachableAndLeavesTheMessageAlone()
    {
        var cancellation = TestContext.CancellationToken;
        const string queueName = "lh-roundtrip-check";
        var connection = AzuriteFixture.ConnectionString;
        using var host = new FunctionsTestHost(TestOrganization.Create(), Azurite(connection, queueName), withStorageQueue: true);
        var queue = host.Get<IHandoverNotificationQueue>();

        await queue.CheckReachableAsync(cancellation);
        await queue.EnqueueAsync(new HandoverNotificationMessage(Ids.Handover, Ids.Correlation), cancellation);
        await queue.CheckReachableAsync(cancellation);

        var message = (await new QueueClient(connection, queueName).PeekMessageAsync(cancellation)).Value;
        Assert.AreEqual(0, message.DequeueCount, "Checking never dequeues.");
    }

    [TestMethod]
    [Timeout(120_000, CooperativeCancellation = true)]
    public async Task Check_StorageNotListening_Throws()
    {
        var closedPort = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=" + AzuriteFixture.DevelopmentAccountKey
            + ";QueueEndpoint=http://127.0.0.1:9/devstoreaccount1;";
        using var host = new FunctionsTestHost(TestOrganization.Create(), Azurite(closedPort, "lh-unreachable"), withStorageQueue: true);

        await Assert.ThrowsAsync<Exception>(() => host.Get<IHandoverNotificationQueue>().CheckReachableAsync(TestContext.CancellationToken));
    }

    public TestContext TestContext { get; set; } = null!;

    private static Action<Dictionary<string, string?>> Azurite(string connection, string queueName) => settings =>
    {
        settings["Queues:Connection"] = connection;
        settings["Queues:NotificationQueueName"] = queueName;
    };
}
