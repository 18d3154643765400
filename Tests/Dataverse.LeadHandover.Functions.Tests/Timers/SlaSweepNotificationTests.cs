using System;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Dataverse.LeadHandover.Domain.Schema;
using Dataverse.LeadHandover.Functions.Sweep;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.Functions.Tests.Timers;

/// <summary>
/// The sweep delivers what the webhook's fast path could not: a handover whose webhook never arrived (Pending, never
/// attempted) once the fast path's grace period is over, and a Failed one once its next attempt is due, until the
/// attempts allowed by <c>lh_SweepSettings</c> are used up. It sends through the same notifier as the queue, so the
/// ledger's attempt count and Sent status stay the single record.
/// </summary>
[TestClass]
public sealed class SlaSweepNotificationTests
{
    private static readonly DateTime AssignedOn = new(2026, 3, 31, 9, 0, 0, DateTimeKind.Utc);

    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task Sweep_WebhookNeverArrived_SendsTheHandoverCardAndRecordsItSent()
    {
        var organization = SweepOrganization.Create().With(Fresh(1).NeverNotified());
        using var host = new SweepHost(organization);
        organization.MoveTo(AssignedOn.AddMinutes(6));

        var report = await host.Get<SlaSweeper>().RunAsync(TestContext.CancellationToken);

        Assert.AreEqual(1, report.NotificationsSent);
        var card = JsonNode.Parse(host.Teams.Posts.Single().Body)!["attachments"]![0]!["content"]!;
        Assert.AreEqual("New lead handed over to you", (string?)card["body"]![0]!["text"]);
        var row = organization.Handover(SweepIds.Handover(1));
        Assert.AreEqual(NotificationStatus.Sent, row.GetAttributeValue<OptionSetValue>(HandoverSchema.NotificationStatus).Value);
        Assert.AreEqual(1, row.GetAttributeValue<int?>(HandoverSchema.NotificationAttempts));
    }

    [TestMethod]
    public async Task Sweep_PendingWithinTheFastPathsGrace_LeavesItToTheWebhook()
    {
        var organization = SweepOrganization.Create().With(Fresh(1).NeverNotified());
        using var host = new SweepHost(organization);
        organization.MoveTo(AssignedOn.AddMinutes(4));

        var report = await host.Get<SlaSweeper>().RunAsync(TestContext.CancellationToken);

        Assert.AreEqual(0, report.NotificationsSent);
        Assert.IsEmpty(host.Teams.Posts);
    }

    [TestMethod]
    [DataRow(-1, 1, DisplayName = "Next attempt due")]
    [DataRow(1, 0, DisplayName = "Next attempt not yet due")]
    public async Task Sweep_FailedNotification_SendsItAgainOnlyOnceItsNextAttemptIsDue(int nextAttemptInMinutes, int expectedPosts)
    {
        var now = AssignedOn.AddMinutes(30);
        var organization = SweepOrganization.Create().With(Fresh(1).NotificationFailed(2, now.AddMinutes(nextAttemptInMinutes)));
        using var host = new SweepHost(organization);
        organization.MoveTo(now);

        await host.Get<SlaSweeper>().RunAsync(TestContext.CancellationToken);

        Assert.HasCount(expectedPosts, host.Teams.Posts);
    }

    [TestMethod]
    public async Task Sweep_FailedNotificationOutOfAttempts_LeavesItForAPerson()
    {
        var now = AssignedOn.AddMinutes(30);
        var organization = SweepOrganization.Create().With(Fresh(1).NotificationFailed(5, now.AddMinutes(-1)));
        using var host = new SweepHost(organization);
        organization.MoveTo(now);

        var report = await host.Get<SlaSweeper>().RunAsync(TestContext.CancellationToken);

        Assert.AreEqual(0, report.RowsRead);
        Assert.IsEmpty(host.Teams.Posts);
    }

    [TestMethod]
    public async Task Sweep_AttemptsAllowedBySweepSettings_AreTheEnvironmentVariablesValue()
    {
        var now = AssignedOn.AddMinutes(30);
        var organization = SweepOrganization.Create().With(Fresh(1).NotificationFailed(5, now.AddMinutes(-1)));
        await organization.Admin.CreateAsync(new Entity("environmentvariablevalue")
        {
            ["schemaname"] = EnvironmentVariableNames.SweepSettings,
            ["value"] = "{\"maxNotificationAttempts\":6}",
            ["environmentvariabledefinitionid"] = new EntityReference("environmentvariabledefinition", DefinitionId(organization)),
        });
        using var host = new SweepHost(organization);
        organization.MoveTo(now);

        await host.Get<SlaSweeper>().RunAsync(TestContext.CancellationToken);

        Assert.HasCount(1, host.Teams.Posts);
    }

    private static SweepHandoverBuilder Fresh(int number) =>
        new SweepHandoverBuilder(number).AssignedOn(AssignedOn).DueOn(AssignedOn.AddHours(4));

    private static Guid DefinitionId(SweepOrganization organization)
    {
        var query = new Microsoft.Xrm.Sdk.Query.QueryExpression("environmentvariabledefinition") { ColumnSet = new Microsoft.Xrm.Sdk.Query.ColumnSet("schemaname") };
        query.Criteria.AddCondition("schemaname", Microsoft.Xrm.Sdk.Query.ConditionOperator.Equal, EnvironmentVariableNames.SweepSettings);
        return organization.Admin.RetrieveMultiple(query).Entities.Single().Id;
    }
}
