using System;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using Dataverse.LeadHandover.Functions.Sweep;
using Dataverse.LeadHandover.Functions.Tests.Support;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Dataverse.LeadHandover.Functions.Tests.Timers;

/// <summary>
/// Teams answering a reminder with 429 and then accepting it: the post is retried after the Retry-After Teams sent,
/// on the app's clock, and the step is taken once. Teams throttles a webhook above 4 requests per second
/// ("Create incoming webhooks with Workflows", https://learn.microsoft.com/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook).
/// When Teams refuses outright, the step goes back to the ledger so the next run reminds instead of nobody.
/// </summary>
[TestClass]
public sealed class SlaSweepTeamsTests
{
    private const int TestTimeout = 30_000;

    private static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(5);

    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    [Timeout(TestTimeout, CooperativeCancellation = true)]
    public async Task Sweep_Teams429ThenAccepted_RemindsOnceAfterTheRetryAfter()
    {
        var organization = SweepOrganization.Create().With(new SweepHandoverBuilder(1));
        using var host = new SweepHost(organization);
        host.Teams.RespondWith(() => LoopbackTeamsEndpoint.TooManyRequests(RetryAfter), LoopbackTeamsEndpoint.Accepted);
        organization.MoveTo(SweepScenario.RemindAt);

        var sweeping = host.Get<SlaSweeper>().RunAsync(TestContext.CancellationToken);
        await organization.Clock.TimerCreated(RetryAfter, TestContext.CancellationToken);
        organization.Clock.Advance(RetryAfter);
        var report = await sweeping.WaitAsync(TestContext.CancellationToken);
        var again = await host.Get<SlaSweeper>().RunAsync(TestContext.CancellationToken);

        Assert.AreEqual(1, report.Reminded);
        Assert.AreEqual(0, report.Released);
        Assert.AreEqual(0, again.Reminded);
        var posts = host.Teams.Posts;
        Assert.HasCount(2, posts);
        Assert.AreEqual(posts[0].Body, posts[1].Body);
        Assert.AreEqual(RetryAfter, posts[1].ReceivedAt - posts[0].ReceivedAt);
        Assert.AreEqual(1, organization.LevelOf(1));
    }

    [TestMethod]
    [Timeout(TestTimeout, CooperativeCancellation = true)]
    public async Task Sweep_TeamsRefusesTheReminder_GivesTheStepsBackAndTheNextRunRemindsEachOnce()
    {
        var organization = SweepOrganization.Create().With(new SweepHandoverBuilder(1), new SweepHandoverBuilder(2));
        using var host = new SweepHost(organization);
        host.Teams.RespondWith(() => LoopbackTeamsEndpoint.Status(HttpStatusCode.BadRequest));
        organization.MoveTo(SweepScenario.RemindAt);

        var failed = await host.Get<SlaSweeper>().RunAsync(TestContext.CancellationToken);
        var levelsAfterFailure = new[] { organization.LevelOf(1), organization.LevelOf(2) };
        organization.MoveTo(SweepScenario.RemindAt.AddMinutes(1));
        var next = await host.Get<SlaSweeper>().RunAsync(TestContext.CancellationToken);

        Assert.AreEqual(2, failed.Released);
        Assert.IsTrue(failed.Backlog);
        CollectionAssert.AreEqual(new[] { 0, 0 }, levelsAfterFailure);
        Assert.AreEqual(2, next.Reminded);
        CollectionAssert.AreEqual(new[] { 1, 1 }, new[] { organization.LevelOf(1), organization.LevelOf(2) });
        Assert.HasCount(3, host.Teams.Posts, "One refused post, then one reminder each.");
    }
}
