using System;
using System.Linq;
using System.Threading.Tasks;
using Dataverse.LeadHandover.Functions.Timers;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Dataverse.LeadHandover.Functions.Tests.Timers;

/// <summary>
/// The SlaSweep timer function as the worker calls it. After the host was down, the Functions runtime calls a
/// monitored timer once with IsPastDue ("Timer trigger for Azure Functions",
/// https://learn.microsoft.com/azure/azure-functions/functions-bindings-timer); the run says it is late and takes
/// everything due by now, one step per handover per run, in ladder order.
/// </summary>
[TestClass]
public sealed class SlaSweepTimerTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task Timer_OnSchedule_TakesTheDueStep()
    {
        var organization = SweepOrganization.Create().With(new SweepHandoverBuilder(1));
        using var host = new SweepHost(organization);
        organization.MoveTo(SweepScenario.RemindAt);

        await host.Get<SlaSweep>().RunAsync(new TimerInfo(), TestContext.CancellationToken);

        Assert.AreEqual(1, organization.LevelOf(1));
        Assert.IsFalse(host.Logs.Lines.Any(line => line.EventId == 4201));
    }

    [TestMethod]
    public async Task Timer_PastDueAfterAnOutage_WarnsAndClimbsTheLadderOneRungPerRunUntilCaughtUp()
    {
        var organization = SweepOrganization.Create().With(new SweepHandoverBuilder(1), new SweepHandoverBuilder(2).AtLevel(1));
        using var host = new SweepHost(organization);
        organization.MoveTo(SweepScenario.ReassignAt.AddHours(1));
        var late = new TimerInfo { IsPastDue = true, ScheduleStatus = new ScheduleStatus { Last = SweepScenario.AssignedOn } };

        await host.Get<SlaSweep>().RunAsync(late, TestContext.CancellationToken);
        var afterCatchUp = new[] { organization.LevelOf(1), organization.LevelOf(2) };
        for (var minute = 1; minute <= 3; minute++)
        {
            organization.MoveTo(SweepScenario.ReassignAt.AddHours(1).AddMinutes(minute));
            await host.Get<SlaSweep>().RunAsync(new TimerInfo(), TestContext.CancellationToken);
        }

        CollectionAssert.AreEqual(new[] { 1, 2 }, afterCatchUp);
        CollectionAssert.AreEqual(new[] { 3, 3 }, new[] { organization.LevelOf(1), organization.LevelOf(2) });
        Assert.AreEqual(1, organization.RejectCalls(1));
        Assert.AreEqual(1, organization.RejectCalls(2));
        Assert.IsTrue(host.Logs.Lines.Any(line => line.EventId == 4201 && line.Level == LogLevel.Warning));
    }
}
