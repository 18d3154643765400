using System;
using System.Linq;
using System.Net;
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
/// The Teams post's resilience on a fake clock: a throttled post (429 with Retry-After) is retried after exactly
/// that wait, and the channel's rate of 4 posts per second is kept. Teams throttles a webhook above 4 requests per
/// second ("Create incoming webhooks with Workflows", rate limiting,
/// https://learn.microsoft.com/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook); the
/// retry honours Retry-After ("Build resilient HTTP apps",
/// https://learn.microsoft.com/dotnet/core/resilience/http-resilience).
/// </summary>
[TestClass]
public sealed class TeamsResilienceTests
{
    private const int TestTimeout = 30_000;

    private static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(7);

    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    [Timeout(TestTimeout, CooperativeCancellation = true)]
    public async Task Post_Teams429WithRetryAfter_RetriesAfterExactlyThatWaitAndSucceeds()
    {
        var organization = TestOrganization.Create().WithStandardHandover();
        using var host = new FunctionsTestHost(organization);
        host.Teams.RespondWith(() => LoopbackTeamsEndpoint.TooManyRequests(RetryAfter), LoopbackTeamsEndpoint.Accepted);

        var sending = host.Get<HandoverNotifier>().NotifyAsync(new HandoverNotificationMessage(Ids.Handover, Ids.Correlation), CancellationToken.None);
        await organization.Clock.TimerCreated(RetryAfter, TestContext.CancellationToken);
        organization.Clock.Advance(RetryAfter - TimeSpan.FromMilliseconds(1));
        var postsBeforeTheWaitEnds = host.Teams.Posts.Count;
        organization.Clock.Advance(TimeSpan.FromMilliseconds(1));
        var outcome = await sending.WaitAsync(TestContext.CancellationToken);

        Assert.AreEqual(1, postsBeforeTheWaitEnds);
        Assert.AreEqual(NotificationOutcome.Sent, outcome);
        var posts = host.Teams.Posts;
        Assert.HasCount(2, posts);
        Assert.AreEqual(RetryAfter, posts[1].ReceivedAt - posts[0].ReceivedAt);
        Assert.AreEqual(posts[0].Body, posts[1].Body);
        var row = organization.Handover(Ids.Handover);
        Assert.AreEqual(NotificationStatus.Sent, row.GetAttributeValue<OptionSetValue>(HandoverSchema.NotificationStatus).Value);
        Assert.AreEqual(1, row.GetAttributeValue<int?>(HandoverSchema.NotificationAttempts), "Retries inside one attempt are not separate attempts.");
    }

    [TestMethod]
    [Timeout(TestTimeout, CooperativeCancellation = true)]
    public async Task Post_Teams503OnEveryTry_GivesUpAfterTheRetriesAndRecordsFailed()
    {
        var organization = TestOrganization.Create().WithStandardHandover();
        using var host = new FunctionsTestHost(organization, settings => settings["Teams:MaxRetryAttempts"] = "1");
        host.Teams.RespondWith(
            () => Unavailable(RetryAfter),
            () => Unavailable(RetryAfter));

        var sending = host.Get<HandoverNotifier>().NotifyAsync(new HandoverNotificationMessage(Ids.Handover, Ids.Correlation), CancellationToken.None);
        await organization.Clock.TimerCreated(RetryAfter, TestContext.CancellationToken);
        organization.Clock.Advance(RetryAfter);

        Assert.AreEqual(NotificationOutcome.Failed, await sending.WaitAsync(TestContext.CancellationToken));
        Assert.HasCount(2, host.Teams.Posts);
        var row = organization.Handover(Ids.Handover);
        Assert.AreEqual(NotificationStatus.Failed, row.GetAttributeValue<OptionSetValue>(HandoverSchema.NotificationStatus).Value);
        Assert.AreEqual((organization.Clock.GetUtcNow() + TimeSpan.FromMinutes(5)).UtcDateTime, row.GetAttributeValue<DateTime?>(HandoverSchema.NextNotificationAttemptOn));
    }

    [TestMethod]
    [Timeout(TestTimeout, CooperativeCancellation = true)]
    public async Task Post_FivePostsAtOnce_TheFifthWaitsForTheNextSecond()
    {
        var organization = TestOrganization.Create();
        using var host = new FunctionsTestHost(organization);
        var client = host.Get<TeamsWorkflowClient>();

        var posts = Enumerable.Range(0, 5).Select(i => client.PostAsync("{\"n\":" + i + "}", CancellationToken.None)).ToList();
        await organization.Clock.TimerCreated(TimeSpan.FromSeconds(1), TestContext.CancellationToken);
        var sentInTheFirstSecond = host.Teams.Posts.Count;
        organization.Clock.Advance(TimeSpan.FromSeconds(1));
        await Task.WhenAll(posts).WaitAsync(TestContext.CancellationToken);

        Assert.AreEqual(4, sentInTheFirstSecond);
        Assert.HasCount(5, host.Teams.Posts);
        Assert.AreEqual(TimeSpan.FromSeconds(1), host.Teams.Posts[4].ReceivedAt - host.Teams.Posts[0].ReceivedAt);
    }

    [TestMethod]
    [Timeout(TestTimeout, CooperativeCancellation = true)]
    public async Task Post_RetryOfAThrottledPost_WaitsItsTurnInTheChannelLimit()
    {
        var organization = TestOrganization.Create();
        using var host = new FunctionsTestHost(organization);
        var client = host.Get<TeamsWorkflowClient>();
        host.Teams.RespondWith(() => LoopbackTeamsEndpoint.TooManyRequests(TimeSpan.Zero));

        // The first post is refused and retried at once; four others fill the second meanwhile.
        var posts = Enumerable.Range(0, 4).Select(i => client.PostAsync("{\"n\":" + i + "}", CancellationToken.None)).ToList();
        await organization.Clock.TimerCreated(TimeSpan.FromSeconds(1), TestContext.CancellationToken);
        var sentInTheFirstSecond = host.Teams.Posts.Count;
        organization.Clock.Advance(TimeSpan.FromSeconds(1));
        await Task.WhenAll(posts).WaitAsync(TestContext.CancellationToken);

        Assert.AreEqual(4, sentInTheFirstSecond, "The refused post and three others; the retry is the fifth post of that second.");
        Assert.HasCount(5, host.Teams.Posts);
    }

    private static System.Net.Http.HttpResponseMessage Unavailable(TimeSpan retryAfter)
    {
        var response = LoopbackTeamsEndpoint.Status(HttpStatusCode.ServiceUnavailable);
        response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(retryAfter);
        return response;
    }
}
