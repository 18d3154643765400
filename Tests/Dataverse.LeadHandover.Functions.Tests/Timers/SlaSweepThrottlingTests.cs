using System;
using System.Linq;
using System.ServiceModel;
using System.Threading;
using System.Threading.Tasks;
using Dataverse.LeadHandover.Functions.Sweep;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.Functions.Tests.Timers;

/// <summary>
/// Dataverse throttling in the middle of a sweep: a request refused with a service protection fault is sent again
/// after exactly the Retry-After it carried, on the app's clock, and nothing is taken twice. The SDK reports the
/// limits as an OrganizationServiceFault with codes -2147015902, -2147015903 or -2147015898 and a TimeSpan in
/// ErrorDetails["Retry-After"] ("Service protection API limits",
/// https://learn.microsoft.com/power-apps/developer/data-platform/api-limits).
/// </summary>
[TestClass]
public sealed class SlaSweepThrottlingTests
{
    private const int TestTimeout = 30_000;

    private static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(7);

    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    [Timeout(TestTimeout, CooperativeCancellation = true)]
    [DataRow(6, "ExecuteMultiple", DisplayName = "The second write batch is refused")]
    [DataRow(4, "RetrieveMultiple", DisplayName = "The due-work page is refused")]
    public async Task Sweep_RequestRefusedForServiceProtection_WaitsRetryAfterThenTakesEveryStepOnce(int refusedCall, string refusedRequest)
    {
        // Calls: 1-3 the reference data (read here, then cached), 4 the due-work page, 5-7 one write batch per handover.
        var organization = SweepOrganization.Create().With(new SweepHandoverBuilder(1), new SweepHandoverBuilder(2), new SweepHandoverBuilder(3));
        ThrottlingDataverse? throttling = null;
        using var host = new SweepHost(
            organization,
            decorate: service => throttling ??= new ThrottlingDataverse(service, RetryAfter, refusedCall),
            adjustSettings: settings => settings["Sweep:BatchSize"] = "1");
        organization.MoveTo(SweepScenario.RemindAt);
        await host.Get<SweepReferenceReader>().GetAsync(Guid.Empty, TestContext.CancellationToken);

        var sweeping = host.Get<SlaSweeper>().RunAsync(TestContext.CancellationToken);
        await organization.Clock.TimerCreated(RetryAfter, TestContext.CancellationToken);
        organization.Clock.Advance(RetryAfter - TimeSpan.FromMilliseconds(1));
        var finishedEarly = sweeping.IsCompleted;
        organization.Clock.Advance(TimeSpan.FromMilliseconds(1));
        var report = await sweeping.WaitAsync(TestContext.CancellationToken);

        Assert.IsFalse(finishedEarly, "The sweep must wait the whole Retry-After.");
        CollectionAssert.AreEqual(new[] { refusedRequest }, throttling!.RefusedRequests);
        Assert.AreEqual(3, report.Reminded);
        CollectionAssert.AreEqual(new[] { 1, 1, 1 }, new[] { 1, 2, 3 }.Select(organization.LevelOf).ToArray());
        Assert.HasCount(3, host.Teams.Posts);
    }

    [TestMethod]
    [Timeout(TestTimeout, CooperativeCancellation = true)]
    public async Task Sweep_ItemsOfABatchRefusedForServiceProtection_SendsOnlyThoseAgainAfterTheWait()
    {
        var organization = SweepOrganization.Create().With(new SweepHandoverBuilder(1), new SweepHandoverBuilder(2), new SweepHandoverBuilder(3));
        ItemThrottlingDataverse? throttling = null;
        using var host = new SweepHost(organization, decorate: service => throttling ??= new ItemThrottlingDataverse(service, RetryAfter, refusedIndex: 1));
        organization.MoveTo(SweepScenario.RemindAt);

        var sweeping = host.Get<SlaSweeper>().RunAsync(TestContext.CancellationToken);
        await organization.Clock.TimerCreated(RetryAfter, TestContext.CancellationToken);
        organization.Clock.Advance(RetryAfter);
        var report = await sweeping.WaitAsync(TestContext.CancellationToken);

        CollectionAssert.AreEqual(new[] { 3, 1 }, throttling!.BatchSizes);
        Assert.AreEqual(3, report.Reminded);
        CollectionAssert.AreEqual(new[] { 1, 1, 1 }, new[] { 1, 2, 3 }.Select(organization.LevelOf).ToArray());
        Assert.HasCount(3, host.Teams.Posts);
    }

    [TestMethod]
    [Timeout(TestTimeout, CooperativeCancellation = true)]
    public async Task Sweep_RetryAfterLongerThanTheRunWaits_EndsTheRunAndTheNextRunTakesTheSteps()
    {
        var organization = SweepOrganization.Create().With(new SweepHandoverBuilder(1));
        using var host = new SweepHost(
            organization,
            decorate: service => new ThrottlingDataverse(service, TimeSpan.FromMinutes(10), 2),
            adjustSettings: settings => settings["Sweep:MaxThrottleWait"] = "00:02:00");
        organization.MoveTo(SweepScenario.RemindAt);

        await Assert.ThrowsExactlyAsync<FaultException<OrganizationServiceFault>>(() => host.Get<SlaSweeper>().RunAsync(TestContext.CancellationToken));
        var levelAfterRefusal = organization.LevelOf(1);
        organization.MoveTo(SweepScenario.RemindAt.AddMinutes(10));
        var next = await host.Get<SlaSweeper>().RunAsync(TestContext.CancellationToken);

        Assert.AreEqual(0, levelAfterRefusal);
        Assert.AreEqual(1, next.Reminded);
        Assert.AreEqual(1, organization.LevelOf(1));
    }
}
