using System;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Dataverse.LeadHandover.Domain.Schema;
using Dataverse.LeadHandover.Domain.Sla;
using Dataverse.LeadHandover.Functions.Sweep;
using Dataverse.LeadHandover.Functions.Tests.Support;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.Functions.Tests.Timers;

/// <summary>
/// Each rung of the escalation ladder comes at the right business minute on the rep's calendar, across a weekend, a
/// bank holiday and the change to summer time (<see cref="SweepScenario"/>), and is taken once. The UK changes to BST
/// at 01:00 UTC on the last Sunday of March ("Time zones", https://learn.microsoft.com/dotnet/api/system.timezoneinfo);
/// the steps are recorded with optimistic concurrency
/// (https://learn.microsoft.com/power-apps/developer/data-platform/optimistic-concurrency).
/// </summary>
[TestClass]
public sealed class SlaSweepLadderTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public void Scenario_DueTimeStampedOnTheRepsCalendar_IsTuesdayElevenUtc()
    {
        var calendar = new BusinessCalendar(SweepScenario.TimeZone, SweepScenario.WorkingHours, [SweepScenario.Holiday]);

        var due = SlaClock.DueAt(SweepScenario.AssignedOn, SweepScenario.WarmSlaMinutes, calendar);

        Assert.AreEqual(SweepScenario.DueOn, due);
    }

    [TestMethod]
    [DataRow(0, "2026-03-31T09:00:00Z", "Reminder: a lead is waiting for you", DisplayName = "Remind at 50 %: Tuesday 10:00 BST")]
    [DataRow(1, "2026-03-31T11:00:00Z", "Handover not acknowledged in time", DisplayName = "Escalate at 100 %: Tuesday 12:00 BST")]
    [DataRow(2, "2026-03-31T15:00:00Z", "Lead reassigned automatically", DisplayName = "Reassign at 200 %: Tuesday 16:00 BST")]
    public async Task Sweep_OneMinuteBeforeTheStepsBusinessMinute_TakesNothing(int level, string stepAt, string title)
    {
        var organization = SweepOrganization.Create().With(new SweepHandoverBuilder(1).AtLevel(level));
        using var host = new SweepHost(organization);
        organization.MoveTo(At(stepAt).AddMinutes(-1));

        var report = await host.Get<SlaSweeper>().RunAsync(TestContext.CancellationToken);

        Assert.AreEqual(level, organization.LevelOf(1));
        Assert.IsEmpty(host.Teams.Posts, title + " must not come early.");
        Assert.AreEqual(0, report.Reminded + report.Escalated + report.Reassigned);
    }

    [TestMethod]
    [DataRow(0, "2026-03-31T09:00:00Z", "Reminder: a lead is waiting for you", DisplayName = "Remind at 50 %: Tuesday 10:00 BST")]
    [DataRow(1, "2026-03-31T11:00:00Z", "Handover not acknowledged in time", DisplayName = "Escalate at 100 %: Tuesday 12:00 BST")]
    [DataRow(2, "2026-03-31T15:00:00Z", "Lead reassigned automatically", DisplayName = "Reassign at 200 %: Tuesday 16:00 BST")]
    public async Task Sweep_AtTheStepsBusinessMinute_TakesItOnceAndRecordsTheLevel(int level, string stepAt, string title)
    {
        var organization = SweepOrganization.Create().With(new SweepHandoverBuilder(1).AtLevel(level));
        using var host = new SweepHost(organization);
        organization.MoveTo(At(stepAt));

        await host.Get<SlaSweeper>().RunAsync(TestContext.CancellationToken);
        await host.Get<SlaSweeper>().RunAsync(TestContext.CancellationToken);

        Assert.AreEqual(level + 1, organization.LevelOf(1));
        var post = host.Teams.Posts.Single();
        Assert.AreEqual(title, (string?)Card(post.Body)["body"]![0]!["text"]);
    }

    [TestMethod]
    [DataRow("2026-03-27T18:31:00Z", DisplayName = "Friday evening, two wall-clock hours after assignment")]
    [DataRow("2026-03-29T12:00:00Z", DisplayName = "Sunday, the day the clocks change")]
    [DataRow("2026-03-30T15:00:00Z", DisplayName = "Easter Monday, a working weekday but a holiday")]
    [DataRow("2026-03-31T08:59:00Z", DisplayName = "Tuesday 09:59 BST")]
    public async Task Sweep_WallClockPastTheReminderButBusinessTimeNot_SendsNoReminder(string now)
    {
        var organization = SweepOrganization.Create().With(new SweepHandoverBuilder(1));
        using var host = new SweepHost(organization);
        organization.MoveTo(At(now));

        var report = await host.Get<SlaSweeper>().RunAsync(TestContext.CancellationToken);

        Assert.AreEqual(0, organization.LevelOf(1));
        Assert.IsEmpty(host.Teams.Posts);
        Assert.AreEqual(1, report.RowsRead, "The conservative window reads the row; the rep's calendar says it is not due.");
    }

    [TestMethod]
    public async Task Sweep_WholeLadderMinuteByMinute_TakesEachStepAtItsMinuteInOrder()
    {
        var organization = SweepOrganization.Create().With(new SweepHandoverBuilder(1));
        using var host = new SweepHost(organization);
        var taken = new System.Collections.Generic.List<(DateTime At, int Level)>();

        for (var now = new DateTime(2026, 3, 31, 7, 58, 0, DateTimeKind.Utc); now <= SweepScenario.ReassignAt.AddMinutes(1); now = now.AddMinutes(1))
        {
            organization.MoveTo(now);
            var before = organization.LevelOf(1);
            await host.Get<SlaSweeper>().RunAsync(TestContext.CancellationToken);
            if (organization.LevelOf(1) != before)
            {
                taken.Add((now, organization.LevelOf(1)));
            }
        }

        CollectionAssert.AreEqual(
            new[] { (SweepScenario.RemindAt, 1), (SweepScenario.DueOn, 2), (SweepScenario.ReassignAt, 3) },
            taken.ToArray());
        Assert.HasCount(3, host.Teams.Posts);
    }

    [TestMethod]
    public async Task Sweep_Reminder_LeadNameWithMarkdown_StaysOutOfTheMarkdownSummary()
    {
        const string Crafted = "[Claim your prize](https://phish.example) **now**";
        var organization = SweepOrganization.Create().With(new SweepHandoverBuilder(1));
        await organization.Admin.UpdateAsync(new Entity(LeadSchema.EntityName, SweepIds.Lead(1)) { [LeadSchema.FullName] = Crafted });
        using var host = new SweepHost(organization);
        organization.MoveTo(SweepScenario.RemindAt);

        await host.Get<SlaSweeper>().RunAsync(TestContext.CancellationToken);

        var card = Card(host.Teams.Posts.Single().Body);
        Assert.DoesNotContain("phish.example", (string?)card["body"]![1]!["text"] ?? string.Empty);
        var leadFact = card["body"]![2]!["items"]![0]!["inlines"]![1]!;
        Assert.AreEqual("TextRun", (string?)leadFact["type"]);
        Assert.AreEqual(Crafted, (string?)leadFact["text"]);
    }

    [TestMethod]
    public async Task Sweep_Reminder_MentionsTheRepWithFreshLinksAndTheDueTimeInBst()
    {
        var organization = SweepOrganization.Create().With(new SweepHandoverBuilder(1));
        using var host = new SweepHost(organization);
        organization.MoveTo(SweepScenario.RemindAt);

        await host.Get<SlaSweeper>().RunAsync(TestContext.CancellationToken);

        var card = Card(host.Teams.Posts.Single().Body);
        var summary = (string?)card["body"]![1]!["text"];
        StringAssert.StartsWith(summary, "<at>Riley Seller</at>, the lead below is still waiting for your acknowledgement.");

        // 11:00 UTC is noon in London once the clocks have gone forward.
        StringAssert.Contains(summary, "Please acknowledge by Tue 31 Mar 2026, 12:00 (");
        Assert.AreEqual(Ids.RepEntraObject.ToString("D"), (string?)card["msteams"]!["entities"]![0]!["mentioned"]!["id"]);
        var urls = card["actions"]!.AsArray().Select(action => (string?)action!["url"]).ToList();
        StringAssert.StartsWith(urls[0], TestSettings.PublicBaseUrl + "/handovers/acknowledge?token=");
        StringAssert.Contains(urls[1], "main.aspx?etn=lead&id=" + SweepIds.Lead(1).ToString("D"));
        StringAssert.StartsWith(urls[2], TestSettings.PublicBaseUrl + "/handovers/reject?token=");
    }

    [TestMethod]
    public async Task Sweep_Escalation_TellsTheManagerAndNamesTheRep()
    {
        var organization = SweepOrganization.Create().With(new SweepHandoverBuilder(1).AtLevel(1));
        using var host = new SweepHost(organization);
        organization.MoveTo(SweepScenario.DueOn);

        await host.Get<SlaSweeper>().RunAsync(TestContext.CancellationToken);

        var card = Card(host.Teams.Posts.Single().Body);
        var mentioned = card["msteams"]!["entities"]!.AsArray().Select(entity => (string?)entity!["mentioned"]!["id"]).ToList();
        CollectionAssert.AreEqual(new[] { SweepIds.ManagerEntraObject.ToString("D"), Ids.RepEntraObject.ToString("D") }, mentioned);
        StringAssert.StartsWith((string?)card["body"]![1]!["text"], "<at>Morgan Manager</at>, <at>Riley Seller</at> has not acknowledged the lead below");
    }

    [TestMethod]
    public async Task Sweep_Reassignment_TakesTheLeadBackThroughTheRejectApiOnceAndTellsTheManagersManager()
    {
        var organization = SweepOrganization.Create().With(new SweepHandoverBuilder(1).AtLevel(2));
        using var host = new SweepHost(organization);
        organization.MoveTo(SweepScenario.ReassignAt);

        var report = await host.Get<SlaSweeper>().RunAsync(TestContext.CancellationToken);
        await host.Get<SlaSweeper>().RunAsync(TestContext.CancellationToken);

        Assert.AreEqual(1, report.Reassigned);
        Assert.AreEqual(1, organization.RejectCalls(1));
        var expired = organization.Handover(SweepIds.Handover(1));
        Assert.AreEqual(HandoverStatus.Expired, expired.GetAttributeValue<OptionSetValue>(HandoverSchema.HandoverStatus).Value, "Taken back by the app, not rejected by the rep.");
        StringAssert.StartsWith(expired.GetAttributeValue<string>(HandoverSchema.OutcomeReason), "Not acknowledged within SLA — reassigned automatically");
        var next = organization.Handover(SweepIds.NextHandover(1));
        Assert.AreEqual(Ids.OtherRep, next.GetAttributeValue<EntityReference>(HandoverSchema.RepId).Id);
        var card = Card(host.Teams.Posts.Single().Body);
        Assert.AreEqual(SweepIds.ManagersManagerEntraObject.ToString("D"), (string?)card["msteams"]!["entities"]![0]!["mentioned"]!["id"]);
    }

    [TestMethod]
    public async Task Sweep_EscalationWithoutAManager_RecordsTheStepWithoutANotice()
    {
        var organization = SweepOrganization.Create().With(new SweepHandoverBuilder(1).AtLevel(1).WithoutManager());
        using var host = new SweepHost(organization);
        organization.MoveTo(SweepScenario.DueOn);

        var report = await host.Get<SlaSweeper>().RunAsync(TestContext.CancellationToken);

        Assert.AreEqual(2, organization.LevelOf(1));
        Assert.AreEqual(1, report.Escalated);
        Assert.IsEmpty(host.Teams.Posts);
    }

    [TestMethod]
    public async Task Sweep_Logs_CarryIdsButNoNames()
    {
        var organization = SweepOrganization.Create().With(new SweepHandoverBuilder(1).AtLevel(1));
        using var host = new SweepHost(organization);
        organization.MoveTo(SweepScenario.DueOn);

        await host.Get<SlaSweeper>().RunAsync(TestContext.CancellationToken);

        var sweepLines = host.Logs.Lines.Where(line => line.EventId is >= 4000 and < 4300).ToList();
        Assert.IsTrue(sweepLines.Any(line => line.Message.Contains(SweepIds.Handover(1).ToString("D"), StringComparison.Ordinal)));
        foreach (var name in new[] { "Riley", "Morgan", "Lead 1", "contoso" })
        {
            Assert.IsFalse(sweepLines.Any(line => line.Message.Contains(name, StringComparison.OrdinalIgnoreCase)), name + " must never be logged.");
        }
    }

    private static DateTime At(string utc) =>
        DateTime.Parse(utc, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);

    private static JsonNode Card(string body) => JsonNode.Parse(body)!["attachments"]![0]!["content"]!;
}
