using System.Linq;
using System.Threading.Tasks;
using Dataverse.LeadHandover.Sandbox.Tests.Support;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Dataverse.LeadHandover.Sandbox.Tests.Browser;

/// <summary>
/// The ladder's last rung: a Hot handover still unacknowledged at 200 % of its SLA is taken from the rep and routed to
/// the next one, whose own handover card follows; the ledger keeps both rows. The sandbox runs the Functions' sweep
/// with the Functions app user holding only the Lead Handover Integration role, as the admin guide sets it up.
/// </summary>
[TestClass]
public sealed class ClockReassignmentTests
{
    private static SandboxServer server = null!;

    public TestContext TestContext { get; set; } = null!;

    [ClassInitialize]
    public static async Task StartAsync(TestContext context) => server = await SandboxServer.StartAsync();

    [ClassCleanup]
    public static async Task StopAsync() => await server.DisposeAsync();

    [TestMethod]
    public async Task UnacknowledgedHotLead_ClockMovedPastTwiceItsSla_IsReassignedToTheNextRep()
    {
        var leadId = await ClockScenario.CreateQualifiedHotLeadAsync(server, "Rhea", "Lapsed");
        await using var context = await BrowserSession.NewContextAsync();
        var page = await context.NewPageAsync();
        var rep = await ClockScenario.OwnerAsync(page, server, leadId);

        await ClockScenario.AdvanceAsync(page, server, "+1 hour", "15:30 UTC");
        await ClockScenario.AdvanceAsync(page, server, "+1 hour", "16:30 UTC");

        await page.GotoAsync(server.Url("leads/" + leadId).AbsoluteUri);
        await Screenshots.SaveAsync(page, TestContext, "lead-after-reassignment");
        var statuses = (await page.Locator("#handovers td[data-column='lh_handoverstatus']").AllInnerTextsAsync()).Select(text => text.Trim()).ToArray();
        var reps = (await page.Locator("#handovers td[data-column='lh_repid']").AllInnerTextsAsync()).Select(text => text.Trim()).ToArray();
        if (statuses.Length != 2)
        {
            Assert.Fail("At 200 % of the SLA the sweep reassigns through lh_RejectHandover as the Functions app user; the ledger shows ["
                + string.Join(", ", statuses) + "]. Dataverse's answer to that call: " + RejectAsFunctionsApp(leadId));
        }

        CollectionAssert.AreEqual(new[] { "Expired", "Awaiting acknowledgement" }, statuses, "an SLA reassignment closes the lapsed handover as Expired");
        Assert.AreEqual(rep, reps[0]);
        Assert.AreNotEqual(rep, reps[1], "the lead goes to the next rep, not back to the one who let it lapse");
        await ClockScenario.OpenInboxAsync(page, server, reps[1]);
        await page.Locator(".teams-post", new() { HasText = "New lead handed over to you" }).Filter(new() { HasText = "Rhea Lapsed" }).WaitForAsync();
    }

    /// <summary>Makes the sweep's reassignment call itself, to say in a failure what Dataverse answers it.</summary>
    private static string RejectAsFunctionsApp(System.Guid leadId)
    {
        var organization = server.Host.Runtime.Organization;
        var (handoverId, _) = Organization.HandoverActions.CurrentOf(organization.System, leadId)!.Value;
        try
        {
            Organization.HandoverActions.Reject(organization.Dataverse.ServiceFor(organization.Users.FunctionsAppUserId), handoverId, "Diagnosing the sweep's reassignment");
            return "accepted (so the sweep did not make the call)";
        }
        catch (System.ServiceModel.FaultException<Microsoft.Xrm.Sdk.OrganizationServiceFault> fault)
        {
            return "refused, " + fault.Detail.Message;
        }
    }
}
