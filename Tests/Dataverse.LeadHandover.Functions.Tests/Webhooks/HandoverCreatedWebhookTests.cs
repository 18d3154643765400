using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Dataverse.LeadHandover.Functions.Notifications;
using Dataverse.LeadHandover.Functions.Tests.Support;
using Dataverse.LeadHandover.Functions.Webhooks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Dataverse.LeadHandover.Functions.Tests.Webhooks;

/// <summary>
/// The webhook receiver against what Dataverse sends: the RemoteExecutionContext JSON body, its headers, the
/// trimmed body with <c>x-ms-dynamics-msg-size-exceeded</c> over 256 KB, and a 60-second wait in which only the
/// status code counts ("Use webhooks", https://learn.microsoft.com/power-apps/developer/data-platform/use-webhooks).
/// </summary>
[TestClass]
public sealed class HandoverCreatedWebhookTests
{
    [TestMethod]
    public async Task Webhook_HandoverCreated_QueuesItsIdsAndAnswers202()
    {
        using var host = new FunctionsTestHost(TestOrganization.Create());
        var body = WebhookBodies.HandoverCreated(host.Organization.Dataverse.OrganizationId, Ids.Handover);

        var result = await host.Get<HandoverCreatedWebhook>().RunAsync(WebhookRequests.Post(body), CancellationToken.None);

        Assert.AreEqual(StatusCodes.Status202Accepted, StatusOf(result));
        var message = host.Queue.Messages.Single();
        Assert.AreEqual(Ids.Handover, message.HandoverId);
        Assert.AreEqual(Ids.Correlation, message.CorrelationId);
    }

    [TestMethod]
    public async Task Webhook_HandoverCreated_NeitherCallsTeamsNorChangesTheLedger()
    {
        var organization = TestOrganization.Create().WithStandardHandover();
        using var host = new FunctionsTestHost(organization);
        var before = organization.Handover(Ids.Handover).RowVersion;

        await host.Get<HandoverCreatedWebhook>().RunAsync(
            WebhookRequests.Post(WebhookBodies.HandoverCreated(organization.Dataverse.OrganizationId, Ids.Handover)), CancellationToken.None);

        Assert.IsEmpty(host.Teams.Posts);
        Assert.AreEqual(before, organization.Handover(Ids.Handover).RowVersion);
    }

    [TestMethod]
    [DataRow(null, DisplayName = "missing key header")]
    [DataRow("", DisplayName = "empty key")]
    [DataRow("test-webhook-key-0123456789-abcdefghijklmnoq", DisplayName = "last character wrong")]
    [DataRow("test-webhook-key", DisplayName = "prefix of the key")]
    public async Task Webhook_WrongOrMissingKey_Answers401AndQueuesNothing(string? key)
    {
        using var host = new FunctionsTestHost(TestOrganization.Create());
        var body = WebhookBodies.HandoverCreated(host.Organization.Dataverse.OrganizationId, Ids.Handover);

        var result = await host.Get<HandoverCreatedWebhook>().RunAsync(WebhookRequests.Post(body, key), CancellationToken.None);

        Assert.IsInstanceOfType<UnauthorizedResult>(result);
        Assert.IsEmpty(host.Queue.Messages);
    }

    [TestMethod]
    public async Task Webhook_WrongKeyWithMalformedBody_StillAnswers401()
    {
        using var host = new FunctionsTestHost(TestOrganization.Create());

        var result = await host.Get<HandoverCreatedWebhook>().RunAsync(WebhookRequests.Post("{not json", "wrong"), CancellationToken.None);

        Assert.AreEqual(StatusCodes.Status401Unauthorized, StatusOf(result));
    }

    [TestMethod]
    public async Task Webhook_KeyHeaderSentTwice_Answers401()
    {
        using var host = new FunctionsTestHost(TestOrganization.Create());
        var request = WebhookRequests.Post(WebhookBodies.HandoverCreated(host.Organization.Dataverse.OrganizationId, Ids.Handover));
        request.Headers[TestSettings.WebhookKeyHeader] = new Microsoft.Extensions.Primitives.StringValues([TestSettings.WebhookKey, TestSettings.WebhookKey]);

        var result = await host.Get<HandoverCreatedWebhook>().RunAsync(request, CancellationToken.None);

        Assert.AreEqual(StatusCodes.Status401Unauthorized, StatusOf(result));
    }

    [TestMethod]
    public async Task Webhook_OtherOrganization_Answers403AndQueuesNothing()
    {
        using var host = new FunctionsTestHost(TestOrganization.Create());
        var body = WebhookBodies.HandoverCreated(Ids.ForeignOrganization, Ids.Handover);

        var result = await host.Get<HandoverCreatedWebhook>().RunAsync(WebhookRequests.Post(body), CancellationToken.None);

        Assert.AreEqual(StatusCodes.Status403Forbidden, StatusOf(result));
        Assert.IsEmpty(host.Queue.Messages);
    }

    [TestMethod]
    public async Task Webhook_TrimmedBodyWithSizeExceededHeader_QueuesThePrimaryEntityId()
    {
        using var host = new FunctionsTestHost(TestOrganization.Create());
        var body = WebhookBodies.HandoverCreatedTrimmed(host.Organization.Dataverse.OrganizationId, Ids.Handover);

        var result = await host.Get<HandoverCreatedWebhook>().RunAsync(WebhookRequests.Post(body, sizeExceeded: true), CancellationToken.None);

        Assert.AreEqual(StatusCodes.Status202Accepted, StatusOf(result));
        Assert.AreEqual(Ids.Handover, host.Queue.Messages.Single().HandoverId);
    }

    [TestMethod]
    [DataRow("", DisplayName = "empty body")]
    [DataRow("{not json", DisplayName = "not JSON")]
    [DataRow("[1,2,3]", DisplayName = "an array")]
    [DataRow("\"text\"", DisplayName = "a string")]
    [DataRow("{\"MessageName\":42,\"PrimaryEntityId\":\"not-a-guid\"}", DisplayName = "wrong member types")]
    [DataRow("{\"OperationCreatedOn\":\"2026-03-02T09:30:00Z\"}", DisplayName = "ISO date where Dataverse writes /Date()/")]
    public async Task Webhook_MalformedBody_Answers400WithAPlainMessage(string body)
    {
        using var host = new FunctionsTestHost(TestOrganization.Create());

        var result = await host.Get<HandoverCreatedWebhook>().RunAsync(WebhookRequests.Post(body), CancellationToken.None);

        var content = Assert.IsInstanceOfType<ContentResult>(result);
        Assert.AreEqual(StatusCodes.Status400BadRequest, content.StatusCode);
        Assert.AreEqual("text/plain; charset=utf-8", content.ContentType);
        Assert.IsEmpty(host.Queue.Messages);
    }

    [TestMethod]
    [DataRow("Update", "lh_handover", DisplayName = "update of a handover")]
    [DataRow("Create", "lead", DisplayName = "create of a lead")]
    public async Task Webhook_NotTheCreateOfAHandover_Answers400(string messageName, string entityName)
    {
        using var host = new FunctionsTestHost(TestOrganization.Create());
        var body = WebhookBodies.HandoverCreated(host.Organization.Dataverse.OrganizationId, Ids.Handover, messageName, entityName);

        var result = await host.Get<HandoverCreatedWebhook>().RunAsync(WebhookRequests.Post(body), CancellationToken.None);

        Assert.AreEqual(StatusCodes.Status400BadRequest, StatusOf(result));
        Assert.IsEmpty(host.Queue.Messages);
    }

    [TestMethod]
    public async Task Webhook_BodyOverOneMegabyte_Answers400WithoutReadingIt()
    {
        using var host = new FunctionsTestHost(TestOrganization.Create());
        var body = new string(' ', HandoverCreatedWebhook.MaxBodyBytes + 1);

        var result = await host.Get<HandoverCreatedWebhook>().RunAsync(WebhookRequests.Post(body), CancellationToken.None);

        Assert.AreEqual(StatusCodes.Status400BadRequest, StatusOf(result));
    }

    [TestMethod]
    public async Task Webhook_SameDeliveryTwice_QueuesTwiceAndTheLedgerSendsOnce()
    {
        var organization = TestOrganization.Create().WithStandardHandover();
        using var host = new FunctionsTestHost(organization);
        var webhook = host.Get<HandoverCreatedWebhook>();
        var body = WebhookBodies.HandoverCreated(organization.Dataverse.OrganizationId, Ids.Handover);

        var first = await webhook.RunAsync(WebhookRequests.Post(body), CancellationToken.None);
        var second = await webhook.RunAsync(WebhookRequests.Post(body), CancellationToken.None);
        foreach (var message in host.Queue.Messages)
        {
            await host.Get<SendHandoverNotification>().RunAsync(message.ToJson(), CancellationToken.None);
        }

        Assert.AreEqual(StatusCodes.Status202Accepted, StatusOf(first));
        Assert.AreEqual(StatusCodes.Status202Accepted, StatusOf(second));
        Assert.HasCount(2, host.Queue.Messages);
        Assert.HasCount(1, host.Teams.Posts);
    }

    [TestMethod]
    public async Task Webhook_QueueUnreachable_Answers503SoDataverseRetries()
    {
        using var host = new FunctionsTestHost(TestOrganization.Create());
        host.Queue.Unreachable = true;
        var body = WebhookBodies.HandoverCreated(host.Organization.Dataverse.OrganizationId, Ids.Handover);

        var result = await host.Get<HandoverCreatedWebhook>().RunAsync(WebhookRequests.Post(body), CancellationToken.None);

        Assert.AreEqual(StatusCodes.Status503ServiceUnavailable, StatusOf(result));
    }

    [TestMethod]
    [Timeout(60_000, CooperativeCancellation = true)]
    public async Task Webhook_QueueStalls_Answers503WithinDataversesWait()
    {
        var organization = TestOrganization.Create();
        using var host = new FunctionsTestHost(organization);
        host.Queue.Stalled = true;
        var body = WebhookBodies.HandoverCreated(organization.Dataverse.OrganizationId, Ids.Handover);

        var answering = host.Get<HandoverCreatedWebhook>().RunAsync(WebhookRequests.Post(body), CancellationToken.None);
        await organization.Clock.TimerCreated(HandoverCreatedWebhook.QueueBudget, CancellationToken.None);
        organization.Clock.Advance(HandoverCreatedWebhook.QueueBudget);

        Assert.AreEqual(StatusCodes.Status503ServiceUnavailable, StatusOf(await answering));
        Assert.IsLessThan(TimeSpan.FromSeconds(60), HandoverCreatedWebhook.QueueBudget);
    }

    private static int? StatusOf(IActionResult result) => (result as IStatusCodeActionResult)?.StatusCode;
}
