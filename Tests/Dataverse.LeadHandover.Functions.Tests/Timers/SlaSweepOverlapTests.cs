using System.Linq;
using System.Threading.Tasks;
using Dataverse.LeadHandover.Domain.Schema;
using Dataverse.LeadHandover.Functions.Sweep;
using Dataverse.LeadHandover.Functions.Tests.Support;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.Functions.Tests.Timers;

/// <summary>
/// Two sweeps that overlap (two instances, or a run that outlasts its minute) never take a step twice: both read the
/// same rows, the first to write raises the level, and the second's write no longer matches the row version it read
/// ("Optimistic concurrency", https://learn.microsoft.com/power-apps/developer/data-platform/optimistic-concurrency),
/// so it tells nobody anything.
/// </summary>
[TestClass]
public sealed class SlaSweepOverlapTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    [DataRow(0, DisplayName = "Reminders")]
    [DataRow(1, DisplayName = "Escalations to the manager")]
    [DataRow(2, DisplayName = "Reassignments")]
    public async Task Sweeps_InterleavedBetweenReadAndWrite_TakeEachStepOnce(int level)
    {
        var organization = SweepOrganization.Create().With(
            new SweepHandoverBuilder(1).AtLevel(level), new SweepHandoverBuilder(2).AtLevel(level), new SweepHandoverBuilder(3).AtLevel(level));
        var teams = new LoopbackTeamsEndpoint(organization.Clock);
        PausingDataverse? paused = null;
        using var first = new SweepHost(organization, teams, decorate: service => paused ??= new PausingDataverse(service));
        using var second = new SweepHost(organization, teams);
        organization.MoveTo(SweepScenario.ReassignAt);

        var firstRun = first.Get<SlaSweeper>().RunAsync(TestContext.CancellationToken);
        await paused!.ReachedFirstWrite.WaitAsync(TestContext.CancellationToken);
        var secondReport = await second.Get<SlaSweeper>().RunAsync(TestContext.CancellationToken);
        paused.Resume();
        var firstReport = await firstRun.WaitAsync(TestContext.CancellationToken);

        Assert.AreEqual(3, Taken(secondReport));
        Assert.AreEqual(0, Taken(firstReport));
        Assert.AreEqual(3, firstReport.TakenElsewhere);
        CollectionAssert.AreEqual(new[] { level + 1, level + 1, level + 1 }, new[] { 1, 2, 3 }.Select(organization.LevelOf).ToArray());
        Assert.HasCount(3, teams.Posts);
        if (level == 2)
        {
            CollectionAssert.AreEqual(new[] { 1, 1, 1 }, new[] { 1, 2, 3 }.Select(organization.RejectCalls).ToArray(), "The losing run's transaction fails on its claim, before the reject runs.");
        }
    }

    [TestMethod]
    public async Task Sweep_HandoverAcknowledgedAfterTheRead_LeavesItAlone()
    {
        var organization = SweepOrganization.Create().With(new SweepHandoverBuilder(1).AtLevel(1));
        PausingDataverse? paused = null;
        using var host = new SweepHost(organization, decorate: service => paused ??= new PausingDataverse(service));
        organization.MoveTo(SweepScenario.DueOn);

        var running = host.Get<SlaSweeper>().RunAsync(TestContext.CancellationToken);
        await paused!.ReachedFirstWrite.WaitAsync(TestContext.CancellationToken);
        await organization.Admin.UpdateAsync(new Entity(HandoverSchema.EntityName, SweepIds.Handover(1))
        {
            [HandoverSchema.HandoverStatus] = new OptionSetValue(HandoverStatus.Acknowledged),
        });
        paused.Resume();
        var report = await running.WaitAsync(TestContext.CancellationToken);

        Assert.AreEqual(1, report.TakenElsewhere);
        Assert.AreEqual(1, organization.LevelOf(1));
        Assert.IsEmpty(host.Teams.Posts);
    }

    private static int Taken(SweepReport report) => report.Reminded + report.Escalated + report.Reassigned;
}
