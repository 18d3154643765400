using System;
using System.Linq;
using System.Net;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Dataverse.LeadHandover.Domain.Schema;
using Dataverse.LeadHandover.Functions.Notifications.Cards;
using Dataverse.LeadHandover.Functions.Sweep;
using Dataverse.LeadHandover.Functions.Tests.Support;
using Dataverse.LeadHandover.Functions.Timers;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Dataverse.LeadHandover.Functions.Tests.Timers;

/// <summary>
/// The follow-up cadence: when a handover's follow-up window (Warm: 3 contact attempts within 10 days of handover,
/// calendar days, as the disqualification gate counts them) closes without enough completed attempts, the rep and
/// the manager hear about it once: the check is recorded on the ledger (<c>lh_followupcheckedon</c>) before anyone is
/// told, and given back when Teams can't be reached.
/// </summary>
[TestClass]
public sealed class FollowUpCadenceTests
{
    private static readonly DateTime AssignedOn = new(2026, 3, 2, 10, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime WindowEnds = AssignedOn.AddDays(10);

    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task Cadence_WindowClosedWithTooFewAttempts_TellsRepAndManagerOnce()
    {
        var organization = Organization(callsInWindow: 1);
        using var host = new SweepHost(organization);
        organization.MoveTo(WindowEnds.AddMinutes(5));

        var report = await host.Get<FollowUpCadenceCheck>().RunAsync(TestContext.CancellationToken);
        organization.MoveTo(WindowEnds.AddMinutes(20));
        var next = await host.Get<FollowUpCadenceCheck>().RunAsync(TestContext.CancellationToken);

        Assert.AreEqual(1, report.Overdue);
        Assert.AreEqual(1, report.Notified);
        Assert.AreEqual(0, next.WindowsClosed);
        var card = JsonNode.Parse(host.Teams.Posts.Single().Body)!["attachments"]![0]!["content"]!;
        Assert.AreEqual("Follow-up behind schedule", (string?)card["body"]![0]!["text"]);
        StringAssert.StartsWith((string?)card["body"]![1]!["text"], "<at>Riley Seller</at>, the lead below has had 1 of the 3 contact attempts expected within 10 days of handover (<at>Morgan Manager</at> for information).");
        var mentioned = card["msteams"]!["entities"]!.AsArray().Select(entity => (string?)entity!["mentioned"]!["id"]).ToList();
        CollectionAssert.AreEqual(new[] { Ids.RepEntraObject.ToString("D"), SweepIds.ManagerEntraObject.ToString("D") }, mentioned);
    }

    [TestMethod]
    public async Task Cadence_WindowClosedWithEnoughAttempts_TellsNobody()
    {
        var organization = Organization(callsInWindow: 3);
        using var host = new SweepHost(organization);
        organization.MoveTo(WindowEnds.AddMinutes(5));

        var report = await host.Get<FollowUpCadenceCheck>().RunAsync(TestContext.CancellationToken);

        Assert.AreEqual(1, report.WindowsClosed);
        Assert.AreEqual(0, report.Overdue);
        Assert.IsEmpty(host.Teams.Posts);
    }

    [TestMethod]
    public async Task Cadence_AttemptsAfterTheWindowClosed_DoNotCount()
    {
        var organization = Organization(callsInWindow: 2);
        organization.CompletedCall(1, WindowEnds.AddMinutes(1));
        using var host = new SweepHost(organization);
        organization.MoveTo(WindowEnds.AddMinutes(5));

        var report = await host.Get<FollowUpCadenceCheck>().RunAsync(TestContext.CancellationToken);

        Assert.AreEqual(1, report.Overdue);
        StringAssert.Contains(host.Teams.Posts.Single().Body, "had 2 of the 3 contact attempts");
    }

    [TestMethod]
    [DataRow(-1, DisplayName = "Window still open")]
    [DataRow(3 * 24 * 60 + 1, DisplayName = "Window closed before the catch-up limit")]
    public async Task Cadence_WindowNotDueForACheck_TellsNobody(int minutesAfterTheWindowCloses)
    {
        var organization = Organization(callsInWindow: 0);
        using var host = new SweepHost(organization);
        organization.MoveTo(WindowEnds.AddMinutes(minutesAfterTheWindowCloses));

        var report = await host.Get<FollowUpCadenceCheck>().RunAsync(TestContext.CancellationToken);

        Assert.AreEqual(0, report.WindowsClosed);
        Assert.IsEmpty(host.Teams.Posts);
    }

    [TestMethod]
    public async Task Cadence_Checked_IsRecordedOnTheLedger()
    {
        var organization = Organization(callsInWindow: 3);
        using var host = new SweepHost(organization);
        organization.MoveTo(WindowEnds.AddMinutes(5));

        await host.Get<FollowUpCadenceCheck>().RunAsync(TestContext.CancellationToken);

        Assert.AreEqual(WindowEnds.AddMinutes(5), organization.Handover(SweepIds.Handover(1)).GetAttributeValue<DateTime?>(HandoverSchema.FollowUpCheckedOn));
    }

    [TestMethod]
    public async Task Cadence_TeamsDownThenBack_TellsOnTheNextRun()
    {
        var organization = Organization(callsInWindow: 0);
        using var host = new SweepHost(organization);
        organization.MoveTo(WindowEnds.AddMinutes(5));
        host.Teams.RespondWith(() => LoopbackTeamsEndpoint.Status(HttpStatusCode.BadRequest));

        var failed = await host.Get<FollowUpCadenceCheck>().RunAsync(TestContext.CancellationToken);
        var checkedAfterFailure = organization.Handover(SweepIds.Handover(1)).GetAttributeValue<DateTime?>(HandoverSchema.FollowUpCheckedOn);
        organization.MoveTo(WindowEnds.AddMinutes(20));
        var retried = await host.Get<FollowUpCadenceCheck>().RunAsync(TestContext.CancellationToken);

        Assert.AreEqual(1, failed.NoticesFailed);
        Assert.IsNull(checkedAfterFailure, "The check is given back for the next run.");
        Assert.AreEqual(1, retried.Notified);
        Assert.HasCount(2, host.Teams.Posts, "One refused post, then the notice.");
        Assert.AreEqual(WindowEnds.AddMinutes(20), organization.Handover(SweepIds.Handover(1)).GetAttributeValue<DateTime?>(HandoverSchema.FollowUpCheckedOn));
    }

    [TestMethod]
    public async Task Cadences_InterleavedBetweenReadAndClaim_TellOnce()
    {
        var organization = Organization(callsInWindow: 0);
        var teams = new LoopbackTeamsEndpoint(organization.Clock);
        PausingDataverse? paused = null;
        using var first = new SweepHost(organization, teams, decorate: service => paused ??= new PausingDataverse(service));
        using var second = new SweepHost(organization, teams);
        organization.MoveTo(WindowEnds.AddMinutes(5));

        var firstRun = first.Get<FollowUpCadenceCheck>().RunAsync(TestContext.CancellationToken);
        await paused!.ReachedFirstWrite.WaitAsync(TestContext.CancellationToken);
        var secondReport = await second.Get<FollowUpCadenceCheck>().RunAsync(TestContext.CancellationToken);
        paused.Resume();
        var firstReport = await firstRun.WaitAsync(TestContext.CancellationToken);

        Assert.AreEqual(1, secondReport.Notified);
        Assert.AreEqual(0, firstReport.Notified);
        Assert.AreEqual(1, firstReport.TakenElsewhere);
        Assert.HasCount(1, teams.Posts);
    }

    [TestMethod]
    public async Task Cadence_CancelledWhileTelling_GivesBackEveryUnsentCheck()
    {
        var organization = SweepOrganization.Create(new DateTimeOffset(AssignedOn)).With(
            new SweepHandoverBuilder(1).AssignedOn(AssignedOn).DueOn(AssignedOn.AddHours(4)).AtLevel(0).WithStatus(HandoverStatus.Acknowledged),
            new SweepHandoverBuilder(2).AssignedOn(AssignedOn).DueOn(AssignedOn.AddHours(4)).AtLevel(0).WithStatus(HandoverStatus.Acknowledged));
        using var shutdown = new CancellationTokenSource();
        using var host = new SweepHost(organization, replace: services => services.AddSingleton<ISlaNotices>(new ShutdownOnFirstNotice(shutdown)));
        organization.MoveTo(WindowEnds.AddMinutes(5));

        await Assert.ThrowsAsync<OperationCanceledException>(() => host.Get<FollowUpCadenceCheck>().RunAsync(shutdown.Token));

        Assert.IsNull(organization.Handover(SweepIds.Handover(1)).GetAttributeValue<DateTime?>(HandoverSchema.FollowUpCheckedOn));
        Assert.IsNull(organization.Handover(SweepIds.Handover(2)).GetAttributeValue<DateTime?>(HandoverSchema.FollowUpCheckedOn));
    }

    [TestMethod]
    public async Task Cadence_RejectedHandover_IsNotChased()
    {
        var organization = SweepOrganization.Create(new DateTimeOffset(AssignedOn))
            .With(new SweepHandoverBuilder(1).AssignedOn(AssignedOn).WithStatus(HandoverStatus.Rejected));
        using var host = new SweepHost(organization);
        organization.MoveTo(WindowEnds.AddMinutes(5));

        var report = await host.Get<FollowUpCadenceCheck>().RunAsync(TestContext.CancellationToken);

        Assert.AreEqual(0, report.WindowsClosed);
    }

    [TestMethod]
    public async Task Timer_PastDueAfterMissedRuns_CatchesUpOnWindowsClosedMeanwhile()
    {
        var organization = Organization(callsInWindow: 0);
        using var host = new SweepHost(organization);
        organization.MoveTo(WindowEnds.AddHours(30));
        var timer = new TimerInfo
        {
            IsPastDue = true,
            ScheduleStatus = new ScheduleStatus { Last = WindowEnds.AddHours(-1), Next = WindowEnds.AddHours(30) },
        };

        await host.Get<FollowUpCadence>().RunAsync(timer, TestContext.CancellationToken);

        Assert.HasCount(1, host.Teams.Posts);
        Assert.IsTrue(host.Logs.Lines.Any(line => line.EventId == 4201), "A late run says so.");
    }

    private static SweepOrganization Organization(int callsInWindow)
    {
        var organization = SweepOrganization.Create(new DateTimeOffset(AssignedOn))
            .With(new SweepHandoverBuilder(1).AssignedOn(AssignedOn).DueOn(AssignedOn.AddHours(4)).AtLevel(0).WithStatus(HandoverStatus.Acknowledged));
        for (var call = 0; call < callsInWindow; call++)
        {
            organization.CompletedCall(1, AssignedOn.AddDays(call + 1));
        }

        return organization;
    }

    /// <summary>The host shuts down while the first notice is on its way.</summary>
    private sealed class ShutdownOnFirstNotice(CancellationTokenSource shutdown) : ISlaNotices
    {
        public Task SendAsync(Guid handoverId, SlaNoticeContent notice, CancellationToken cancellationToken)
        {
            shutdown.Cancel();
            return Task.FromCanceled(shutdown.Token);
        }
    }
}
