using System.Threading.Tasks;
using Dataverse.LeadHandover.Domain.Schema;
using Dataverse.LeadHandover.Functions.Sweep;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Dataverse.LeadHandover.Functions.Tests.Timers;

/// <summary>
/// The sweep reads only due work: the due-work query leaves out handovers that are no longer Awaiting, that have
/// taken every step, or whose next step cannot be due yet even by the wall clock (business time never runs faster).
/// </summary>
[TestClass]
public sealed class DueWorkQueryTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task Sweep_MixedBook_ReadsOnlyTheHandoverWhoseStepIsDue()
    {
        var now = SweepScenario.RemindAt;
        var organization = SweepOrganization.Create().With(
            new SweepHandoverBuilder(1),
            new SweepHandoverBuilder(2).WithStatus(HandoverStatus.Acknowledged),
            new SweepHandoverBuilder(3).WithStatus(HandoverStatus.Rejected),
            new SweepHandoverBuilder(4).AssignedOn(now.AddMinutes(-1)).DueOn(now.AddHours(4)),
            new SweepHandoverBuilder(5).AtLevel(3),
            new SweepHandoverBuilder(6).AtLevel(1).AssignedOn(now.AddMinutes(-90)).DueOn(now.AddMinutes(150)),
            new SweepHandoverBuilder(7).AtLevel(2).AssignedOn(now.AddHours(-5)).DueOn(now.AddMinutes(-60)));
        using var host = new SweepHost(organization);
        organization.MoveTo(now);

        var report = await host.Get<SlaSweeper>().RunAsync(TestContext.CancellationToken);

        Assert.AreEqual(1, report.RowsRead);
        Assert.AreEqual(1, report.Reminded);
        Assert.AreEqual(1, organization.LevelOf(1));
    }
}
