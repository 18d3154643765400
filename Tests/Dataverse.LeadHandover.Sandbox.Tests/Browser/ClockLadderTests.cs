using System.Linq;
using System.Threading.Tasks;
using Dataverse.LeadHandover.Sandbox.Tests.Support;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Dataverse.LeadHandover.Sandbox.Tests.Browser;

/// <summary>
/// Leaving a handover unacknowledged and moving the clock: the Functions' SLA sweep, fired as its timer would have
/// been, reminds the rep at 50 % of the SLA and tells the manager at 100 % (each a Teams card in their inbox), and the
/// clock page shows those ladder steps as taken, in the rep's business time (default <c>lh_SweepSettings</c>: 50,
/// 100 and 200 %; the default policy gives a Hot lead 60 business minutes).
/// </summary>
[TestClass]
public sealed class ClockLadderTests
{
    private static SandboxServer server = null!;

    public TestContext TestContext { get; set; } = null!;

    [ClassInitialize]
    public static async Task StartAsync(TestContext context) => server = await SandboxServer.StartAsync();

    [ClassCleanup]
    public static async Task StopAsync() => await server.DisposeAsync();

    [TestMethod]
    public async Task UnacknowledgedHotLead_ClockMovedAnHour_RemindsTheRepAndEscalatesToTheManager()
    {
        var leadId = await ClockScenario.CreateQualifiedHotLeadAsync(server, "Una", "Waiting");
        await using var context = await BrowserSession.NewContextAsync();
        var page = await context.NewPageAsync();
        var rep = await ClockScenario.OwnerAsync(page, server, leadId);
        var manager = Demo.DemoRoster.Reps.Single(candidate => candidate.Name == rep).Manager;
        await page.GotoAsync(server.Url("clock").AbsoluteUri);
        StringAssert.Contains(await ClockScenario.LadderAsync(page, "Una Waiting"), "Remind at 50 %: 2026-03-02 15:00 UTC (not yet due)");

        await ClockScenario.AdvanceAsync(page, server, "+1 hour", "15:30 UTC");

        var ladder = await ClockScenario.LadderAsync(page, "Una Waiting");
        await Screenshots.SaveAsync(page, TestContext, "clock-ladder-after-an-hour");
        StringAssert.Contains(ladder, "Remind at 50 %: 2026-03-02 15:00 UTC (taken)");
        StringAssert.Contains(ladder, "EscalateToManager at 100 %: 2026-03-02 15:30 UTC (taken)");
        StringAssert.Contains(ladder, "Reassign at 200 %: 2026-03-02 16:30 UTC (not yet due)");
        await ClockScenario.OpenInboxAsync(page, server, rep);
        await page.Locator(".teams-post", new() { HasText = "Reminder: a lead is waiting for you" }).Filter(new() { HasText = "Una Waiting" }).WaitForAsync();
        await ClockScenario.OpenInboxAsync(page, server, manager);
        await page.Locator(".teams-post", new() { HasText = "Handover not acknowledged in time" }).Filter(new() { HasText = "Una Waiting" }).WaitForAsync();
        await Screenshots.SaveAsync(page, TestContext, "manager-inbox-escalation");
    }
}
