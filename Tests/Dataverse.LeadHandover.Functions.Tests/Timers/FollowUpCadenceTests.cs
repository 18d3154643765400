using System;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Dataverse.LeadHandover.Domain.Schema;
using Dataverse.LeadHandover.Functions.Sweep;
using Dataverse.LeadHandover.Functions.Tests.Support;
using Dataverse.LeadHandover.Functions.Timers;
using Microsoft.Azure.Functions.Worker;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Dataverse.LeadHandover.Functions.Tests.Timers;

/// <summary>
/// The follow-up cadence: when a handover's follow-up window (Warm: 3 contact attempts within 10 days of handover,
/// calendar days, as the disqualification gate counts them) closes without enough completed attempts, the rep and
/// the manager hear about it once, from the run whose interval the window closed in.
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

        var report = await host.Get<FollowUpCadenceCheck>().RunAsync(null, TestContext.CancellationToken);
        organization.MoveTo(WindowEnds.AddMinutes(20));
        var next = await host.Get<FollowUpCadenceCheck>().RunAsync(new DateTimeOffset(WindowEnds.AddMinutes(5)), TestContext.CancellationToken);

        Assert.AreEqual(1, report.Overdue);
        Assert.AreEqual(1, report.Notified);
        Assert.AreEqual(0, next.WindowsClosed);
        var card = JsonNode.Parse(host.Teams.Posts.Single().Body)!["attachments"]![0]!["content"]!;
        Assert.AreEqual("Follow-up behind schedule", (string?)card["body"]![0]!["text"]);
        StringAssert.StartsWith((string?)card["body"]![1]!["text"], "<at>Riley Seller</at>, Lead 1 has had 1 of the 3 contact attempts expected within 10 days of handover (<at>Morgan Manager</at> for information).");
        var mentioned = card["msteams"]!["entities"]!.AsArray().Select(entity => (string?)entity!["mentioned"]!["id"]).ToList();
        CollectionAssert.AreEqual(new[] { Ids.RepEntraObject.ToString("D"), SweepIds.ManagerEntraObject.ToString("D") }, mentioned);
    }

    [TestMethod]
    public async Task Cadence_WindowClosedWithEnoughAttempts_TellsNobody()
    {
        var organization = Organization(callsInWindow: 3);
        using var host = new SweepHost(organization);
        organization.MoveTo(WindowEnds.AddMinutes(5));

        var report = await host.Get<FollowUpCadenceCheck>().RunAsync(null, TestContext.CancellationToken);

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

        var report = await host.Get<FollowUpCadenceCheck>().RunAsync(null, TestContext.CancellationToken);

        Assert.AreEqual(1, report.Overdue);
        StringAssert.Contains(host.Teams.Posts.Single().Body, "had 2 of the 3 contact attempts");
    }

    [TestMethod]
    [DataRow(-1, DisplayName = "Window still open")]
    [DataRow(20, DisplayName = "Window closed before this run's interval")]
    public async Task Cadence_WindowNotClosedInThisRunsInterval_TellsNobody(int minutesAfterTheWindowCloses)
    {
        var organization = Organization(callsInWindow: 0);
        using var host = new SweepHost(organization);
        organization.MoveTo(WindowEnds.AddMinutes(minutesAfterTheWindowCloses));

        var report = await host.Get<FollowUpCadenceCheck>().RunAsync(null, TestContext.CancellationToken);

        Assert.AreEqual(0, report.WindowsClosed);
        Assert.IsEmpty(host.Teams.Posts);
    }

    [TestMethod]
    public async Task Cadence_RejectedHandover_IsNotChased()
    {
        var organization = SweepOrganization.Create(new DateTimeOffset(AssignedOn))
            .With(new SweepHandoverBuilder(1).AssignedOn(AssignedOn).WithStatus(HandoverStatus.Rejected));
        using var host = new SweepHost(organization);
        organization.MoveTo(WindowEnds.AddMinutes(5));

        var report = await host.Get<FollowUpCadenceCheck>().RunAsync(null, TestContext.CancellationToken);

        Assert.AreEqual(0, report.WindowsClosed);
    }

    [TestMethod]
    public async Task Timer_PastDueAfterMissedRuns_CatchesUpOnWindowsClosedSinceTheLastRun()
    {
        var organization = Organization(callsInWindow: 0);
        using var host = new SweepHost(organization);
        organization.MoveTo(WindowEnds.AddHours(3));
        var timer = new TimerInfo
        {
            IsPastDue = true,
            ScheduleStatus = new ScheduleStatus { Last = WindowEnds.AddHours(-1), Next = WindowEnds.AddHours(3) },
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
}
