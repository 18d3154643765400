using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Dataverse.LeadHandover.Domain.Schema;
using Dataverse.LeadHandover.Functions.Acknowledgement;
using Dataverse.LeadHandover.Functions.Notifications;
using Dataverse.LeadHandover.Functions.Tests.Support;
using Dataverse.LeadHandover.Functions.Webhooks;
using Dataverse.LeadHandover.InMemory;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.Functions.Tests.EndToEnd;

/// <summary>
/// The whole fast path with no host and no network: a handover is created in the in-memory Dataverse, its async
/// webhook step posts the context to the receiver, the queued message is sent as a Teams card, and the rep
/// follows the card's Acknowledge link and confirms.
/// </summary>
[TestClass]
public sealed class HandoverFlowTests
{
    [TestMethod]
    public async Task HandoverCreated_ReachesTheRepInTeams_AndIsAcknowledgedFromTheCard()
    {
        var organization = TestOrganization.Create();
        using var host = new FunctionsTestHost(organization);
        var answers = new ConcurrentQueue<int?>();
        organization.Dataverse.RegisterStep(StepRegistration.ForServiceEndpoint(
            "Lead Handover Functions: Create of lh_handover", "Create", HandoverSchema.EntityName, PipelineStage.PostOperation, StepMode.Asynchronous, Ids.WebhookEndpoint));
        organization.Dataverse.RegisterServiceEndpoint(Ids.WebhookEndpoint, "Lead Handover Functions", async (body, cancellationToken) =>
        {
            var result = await host.Get<HandoverCreatedWebhook>().RunAsync(WebhookRequests.Post(body), cancellationToken);
            answers.Enqueue(((IStatusCodeActionResult)result).StatusCode);
        });
        organization.Add(new LeadBuilder());
        organization.Add(new HandoverBuilder());

        organization.Dataverse.DrainAsyncOperations();
        await host.Get<SendHandoverNotification>().RunAsync(host.Queue.Messages.Single().ToJson(), CancellationToken.None);
        var card = JsonNode.Parse(host.Teams.Posts.Single().Body)!["attachments"]![0]!["content"]!;
        var acknowledgeUrl = new Uri((string)card["actions"]![0]!["url"]!);
        var token = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(acknowledgeUrl.Query)[AcknowledgementRoutes.TokenField].Single();
        var preview = await Follow(host, PageRequests.Follow(HttpMethods.Get, token));
        var confirmed = await Follow(host, PageRequests.SubmitForm(token));

        Assert.AreEqual(202, answers.Single());
        Assert.IsEmpty(organization.Dataverse.AsyncOperationFailures);
        Assert.AreEqual(StatusCodes.Status200OK, preview.StatusCode);
        Assert.AreEqual(StatusCodes.Status200OK, confirmed.StatusCode);
        var row = organization.Handover(Ids.Handover);
        Assert.AreEqual(NotificationStatus.Sent, row.GetAttributeValue<OptionSetValue>(HandoverSchema.NotificationStatus).Value);
        Assert.AreEqual(HandoverStatus.Acknowledged, row.GetAttributeValue<OptionSetValue>(HandoverSchema.HandoverStatus).Value);
        Assert.AreEqual(Ids.Rep, row.GetAttributeValue<EntityReference>(HandoverSchema.AcknowledgedById).Id);
    }

    private static async Task<RenderedResponse> Follow(FunctionsTestHost host, HttpRequest request) =>
        await RenderedResponse.RenderAsync(await host.Get<AcknowledgeHandoverPage>().RunAsync(request, CancellationToken.None), request);
}
