using System;
using System.Linq;
using System.Net;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Dataverse.LeadHandover.Domain.Schema;
using Dataverse.LeadHandover.Functions.Notifications;
using Dataverse.LeadHandover.Functions.Notifications.Teams;
using Dataverse.LeadHandover.Functions.Tests.Support;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.Functions.Tests.Notifications;

/// <summary>
/// The Teams sender over the in-memory Dataverse and a loopback Workflows endpoint: the ledger decides whether to
/// send, every attempt is counted on the row, and a failure leaves it Failed with a next attempt time. The
/// workflow trigger answers 202 once the run is queued ("Create incoming webhooks with Workflows",
/// https://learn.microsoft.com/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook).
/// </summary>
[TestClass]
public sealed class HandoverNotifierTests
{
    private static readonly HandoverNotificationMessage Message = new(Ids.Handover, Ids.Correlation);

    [TestMethod]
    public async Task Notify_AwaitingHandover_PostsOneCardAndRecordsItSent()
    {
        var organization = TestOrganization.Create().WithStandardHandover();
        using var host = new FunctionsTestHost(organization);

        var outcome = await host.Get<HandoverNotifier>().NotifyAsync(Message, CancellationToken.None);

        Assert.AreEqual(NotificationOutcome.Sent, outcome);
        Assert.HasCount(1, host.Teams.Posts);
        var row = organization.Handover(Ids.Handover);
        Assert.AreEqual(NotificationStatus.Sent, row.GetAttributeValue<OptionSetValue>(HandoverSchema.NotificationStatus).Value);
        Assert.AreEqual(TestOrganization.Start.UtcDateTime, row.GetAttributeValue<DateTime?>(HandoverSchema.NotifiedOn));
        Assert.AreEqual(1, row.GetAttributeValue<int?>(HandoverSchema.NotificationAttempts));
        Assert.IsNull(row.GetAttributeValue<DateTime?>(HandoverSchema.NextNotificationAttemptOn));
    }

    [TestMethod]
    public async Task Notify_AwaitingHandover_PostsTheWorkflowEnvelopeAsJsonToTheConfiguredUrl()
    {
        using var host = new FunctionsTestHost(TestOrganization.Create().WithStandardHandover());

        await host.Get<HandoverNotifier>().NotifyAsync(Message, CancellationToken.None);

        var post = host.Teams.Posts.Single();
        Assert.AreEqual(TestSettings.WorkflowUrl, post.Url.OriginalString);
        StringAssert.StartsWith(post.ContentType, "application/json");
        var message = JsonNode.Parse(post.Body)!;
        Assert.AreEqual("message", (string?)message["type"]);
        Assert.AreEqual("application/vnd.microsoft.card.adaptive", (string?)message["attachments"]![0]!["contentType"]);
        Assert.AreEqual("AdaptiveCard", (string?)message["attachments"]![0]!["content"]!["type"]);
    }

    [TestMethod]
    public async Task Notify_AwaitingHandover_CardCarriesBriefDueTimeReasonMentionAndLinks()
    {
        using var host = new FunctionsTestHost(TestOrganization.Create().WithStandardHandover());

        await host.Get<HandoverNotifier>().NotifyAsync(Message, CancellationToken.None);

        var card = JsonNode.Parse(host.Teams.Posts.Single().Body)!["attachments"]![0]!["content"]!;
        var text = card.ToJsonString();
        foreach (var expected in new[] { "Spring webinar", "Hot", "Replace spreadsheets with a forecasting engine", "This quarter", "120,000", "decision maker yes", "Demo with the finance team", "Forecasting whitepaper", "90 %", HandoverBuilder.AssignmentReason })
        {
            StringAssert.Contains(text, expected);
        }

        // GMT Standard Time is UTC in March, so the 14:30 UTC deadline reads 14:30.
        StringAssert.Contains(text, "Mon 2 Mar 2026, 14:30");
        var mention = card["msteams"]!["entities"]![0]!;
        Assert.AreEqual("<at>Riley Seller</at>", (string?)mention["text"]);
        Assert.AreEqual(Ids.RepEntraObject.ToString("D"), (string?)mention["mentioned"]!["id"]);
        var urls = card["actions"]!.AsArray().Select(action => (string?)action!["url"]).ToList();
        StringAssert.StartsWith(urls[0], TestSettings.PublicBaseUrl + "/handovers/acknowledge?token=");
        Assert.AreEqual(TestSettings.EnvironmentUrl + "/main.aspx?etn=lead&id=" + Ids.Lead.ToString("D") + "&pagetype=entityrecord", urls[1]);
        StringAssert.StartsWith(urls[2], TestSettings.PublicBaseUrl + "/handovers/reject?token=");
    }

    [TestMethod]
    public async Task Notify_LedgerAlreadySent_PostsNothing()
    {
        var organization = TestOrganization.Create().WithStandardHandover(h => h.WithNotificationStatus(NotificationStatus.Sent));
        using var host = new FunctionsTestHost(organization);

        var outcome = await host.Get<HandoverNotifier>().NotifyAsync(Message, CancellationToken.None);

        Assert.AreEqual(NotificationOutcome.AlreadySent, outcome);
        Assert.IsEmpty(host.Teams.Posts);
    }

    [TestMethod]
    [DataRow(HandoverStatus.Acknowledged, DisplayName = "acknowledged")]
    [DataRow(HandoverStatus.Rejected, DisplayName = "rejected")]
    [DataRow(HandoverStatus.Reassigned, DisplayName = "reassigned")]
    [DataRow(HandoverStatus.Expired, DisplayName = "expired")]
    public async Task Notify_HandoverNoLongerAwaiting_PostsNothingAndLeavesTheRowAlone(int status)
    {
        var organization = TestOrganization.Create().WithStandardHandover(h => h.WithStatus(status));
        using var host = new FunctionsTestHost(organization);
        var before = organization.Handover(Ids.Handover).RowVersion;

        var outcome = await host.Get<HandoverNotifier>().NotifyAsync(Message, CancellationToken.None);

        Assert.AreEqual(NotificationOutcome.NoLongerAwaiting, outcome);
        Assert.IsEmpty(host.Teams.Posts);
        Assert.AreEqual(before, organization.Handover(Ids.Handover).RowVersion);
    }

    [TestMethod]
    public async Task Notify_HandoverDoesNotExist_PostsNothing()
    {
        using var host = new FunctionsTestHost(TestOrganization.Create());

        var outcome = await host.Get<HandoverNotifier>().NotifyAsync(Message, CancellationToken.None);

        Assert.AreEqual(NotificationOutcome.HandoverMissing, outcome);
        Assert.IsEmpty(host.Teams.Posts);
    }

    [TestMethod]
    public async Task Notify_HandoverWithoutRep_PostsNothing()
    {
        var organization = TestOrganization.Create().WithStandardHandover(h => h.WithoutRep());
        using var host = new FunctionsTestHost(organization);

        var outcome = await host.Get<HandoverNotifier>().NotifyAsync(Message, CancellationToken.None);

        Assert.AreEqual(NotificationOutcome.Incomplete, outcome);
        Assert.IsEmpty(host.Teams.Posts);
    }

    [TestMethod]
    [DataRow(HttpStatusCode.BadRequest, DisplayName = "400 (not retried)")]
    [DataRow(HttpStatusCode.NotFound, DisplayName = "404 (not retried)")]
    public async Task Notify_TeamsRefusesTheCard_RecordsFailedWithNextAttemptForTheSweep(HttpStatusCode status)
    {
        var organization = TestOrganization.Create().WithStandardHandover();
        using var host = new FunctionsTestHost(organization);
        host.Teams.RespondWith(() => LoopbackTeamsEndpoint.Status(status));

        var outcome = await host.Get<HandoverNotifier>().NotifyAsync(Message, CancellationToken.None);

        Assert.AreEqual(NotificationOutcome.Failed, outcome);
        Assert.HasCount(1, host.Teams.Posts);
        var row = organization.Handover(Ids.Handover);
        Assert.AreEqual(NotificationStatus.Failed, row.GetAttributeValue<OptionSetValue>(HandoverSchema.NotificationStatus).Value);
        Assert.AreEqual(1, row.GetAttributeValue<int?>(HandoverSchema.NotificationAttempts));
        Assert.AreEqual((TestOrganization.Start + TimeSpan.FromMinutes(5)).UtcDateTime, row.GetAttributeValue<DateTime?>(HandoverSchema.NextNotificationAttemptOn));
        Assert.IsNull(row.GetAttributeValue<DateTime?>(HandoverSchema.NotifiedOn));
    }

    [TestMethod]
    public async Task Notify_AfterAFailedAttempt_SendsAndCountsBothAttempts()
    {
        var organization = TestOrganization.Create().WithStandardHandover();
        using var host = new FunctionsTestHost(organization);
        var notifier = host.Get<HandoverNotifier>();
        host.Teams.RespondWith(() => LoopbackTeamsEndpoint.Status(HttpStatusCode.BadRequest));
        Assert.AreEqual(NotificationOutcome.Failed, await notifier.NotifyAsync(Message, CancellationToken.None));
        organization.Clock.Advance(TimeSpan.FromMinutes(5));

        var outcome = await notifier.NotifyAsync(Message, CancellationToken.None);

        Assert.AreEqual(NotificationOutcome.Sent, outcome);
        var row = organization.Handover(Ids.Handover);
        Assert.AreEqual(2, row.GetAttributeValue<int?>(HandoverSchema.NotificationAttempts));
        Assert.AreEqual(NotificationStatus.Sent, row.GetAttributeValue<OptionSetValue>(HandoverSchema.NotificationStatus).Value);
        Assert.IsNull(row.GetAttributeValue<DateTime?>(HandoverSchema.NextNotificationAttemptOn));
    }

    [TestMethod]
    public async Task Notify_RedeliveredBeforeTheNextAttemptIsDue_PostsNothingAndSpendsNoAttempt()
    {
        var organization = TestOrganization.Create().WithStandardHandover();
        using var host = new FunctionsTestHost(organization);
        var notifier = host.Get<HandoverNotifier>();
        host.Teams.RespondWith(() => LoopbackTeamsEndpoint.Status(HttpStatusCode.BadRequest));
        await notifier.NotifyAsync(Message, CancellationToken.None);
        organization.Clock.Advance(TimeSpan.FromSeconds(30));

        var outcome = await notifier.NotifyAsync(Message, CancellationToken.None);

        Assert.AreEqual(NotificationOutcome.NotYetDue, outcome);
        Assert.HasCount(1, host.Teams.Posts);
        Assert.AreEqual(1, organization.Handover(Ids.Handover).GetAttributeValue<int?>(HandoverSchema.NotificationAttempts));
    }

    [TestMethod]
    public async Task Notify_RowChangedByAnotherWriterBeforeTheClaim_ReadsAgainAndSendsOnce()
    {
        var organization = TestOrganization.Create().WithStandardHandover();
        organization.Dataverse.RegisterStep(new InMemory.StepRegistration(
            "escalate while the lead is read", "RetrieveMultiple", LeadSchema.EntityName, InMemory.PipelineStage.PostOperation, InMemory.StepMode.Synchronous, typeof(EscalateWhileLeadIsReadPlugin)));
        using var host = new FunctionsTestHost(organization);

        var outcome = await host.Get<HandoverNotifier>().NotifyAsync(Message, CancellationToken.None);

        Assert.AreEqual(NotificationOutcome.Sent, outcome);
        Assert.HasCount(1, host.Teams.Posts);
        var row = organization.Handover(Ids.Handover);
        Assert.AreEqual(1, row.GetAttributeValue<int?>(HandoverSchema.EscalationLevel));
        Assert.AreEqual(1, row.GetAttributeValue<int?>(HandoverSchema.NotificationAttempts));
    }

    [TestMethod]
    public async Task Notify_RepWithoutEntraObjectId_MentionsByUserPrincipalName()
    {
        var organization = TestOrganization.Create().WithStandardHandover(h => h.ForRep(Ids.OtherRep));
        using var host = new FunctionsTestHost(organization);

        await host.Get<HandoverNotifier>().NotifyAsync(Message, CancellationToken.None);

        var mention = JsonNode.Parse(host.Teams.Posts.Single().Body)!["attachments"]![0]!["content"]!["msteams"]!["entities"]![0]!;
        Assert.AreEqual("sam.other@contoso.example", (string?)mention["mentioned"]!["id"]);
        Assert.AreEqual("<at>Sam Other</at>", (string?)mention["text"]);
    }
}
