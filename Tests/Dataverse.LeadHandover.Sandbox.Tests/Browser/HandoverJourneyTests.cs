using System;
using System.Threading.Tasks;
using Dataverse.LeadHandover.Sandbox.Tests.Support;
using Microsoft.Playwright;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Dataverse.LeadHandover.Sandbox.Tests.Browser;

/// <summary>
/// The handover as people live it, in a real browser against a running sandbox: marketing's form, the rep's Teams
/// inbox rendered by the Adaptive Cards renderer, the card's signed Acknowledge link, and the manager's view.
/// Screenshots go to TestResults/screenshots.
/// </summary>
[TestClass]
public sealed class HandoverJourneyTests
{
    private static SandboxServer server = null!;

    public TestContext TestContext { get; set; } = null!;

    [ClassInitialize]
    public static async Task StartAsync(TestContext context) => server = await SandboxServer.StartAsync();

    [ClassCleanup]
    public static async Task StopAsync() => await server.DisposeAsync();

    [TestMethod]
    public async Task QualifiedLead_CardReachesTheRepAndAcknowledging_ShowsAcknowledgedWithItsMinutesInTheManagerView()
    {
        await using var context = await BrowserSession.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(server.Url("intake").AbsoluteUri);
        await FillQualifiedHotLeadAsync(page, "Olive", "Journey", "Contoso Manufacturing");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save lead" }).ClickAsync();
        await page.WaitForURLAsync("**/leads/**");
        var rep = (await page.Locator("dd[data-column='ownerid']").InnerTextAsync()).Trim();

        await page.GotoAsync(server.Url("inbox").AbsoluteUri);
        await page.GetByRole(AriaRole.Link, new() { Name = rep, Exact = true }).ClickAsync();
        var card = page.Locator(".teams-post", new() { HasText = "Olive Journey" });
        await card.WaitForAsync();
        await Screenshots.SaveAsync(page, TestContext, "inbox-card-for-" + rep.Replace(' ', '-'));
        await page.GetByRole(AriaRole.Button, new() { Name = "+15 min" }).ClickAsync();
        await page.Locator("#sandbox-time", new() { HasText = "14:45 UTC" }).WaitForAsync();

        // The renderer gives Action.OpenUrl buttons the role of a link, which is what they are.
        await page.Locator(".teams-post", new() { HasText = "Olive Journey" }).GetByRole(AriaRole.Link, new() { Name = "Acknowledge" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Acknowledge this handover" }).WaitForAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Acknowledge" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Handover acknowledged" }).WaitForAsync();

        await page.GotoAsync(server.Url("manager/views").AbsoluteUri);
        await page.GetByRole(AriaRole.Link, new() { Name = "Handovers by Rep", Exact = true }).ClickAsync();
        var row = page.Locator("tr", new() { HasText = "Olive Journey" });
        await Screenshots.SaveAsync(page, TestContext, "manager-handovers-by-rep");
        Assert.AreEqual(rep, (await row.Locator("td[data-column='lh_repid']").InnerTextAsync()).Trim());
        Assert.AreEqual("Acknowledged", (await row.Locator("td[data-column='lh_handoverstatus']").InnerTextAsync()).Trim());
        Assert.AreEqual("15", (await row.Locator("td[data-column='lh_businessminutestoacknowledge']").InnerTextAsync()).Trim());
        Assert.AreEqual("No", (await row.Locator("td[data-column='lh_breached']").InnerTextAsync()).Trim());
    }

    [TestMethod]
    public async Task IncompleteSalesReadyLead_IsRefusedWithOneMessageNamingEveryMissingItem()
    {
        await using var context = await BrowserSession.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(server.Url("intake").AbsoluteUri);
        await page.GetByLabel("Lead source").SelectOptionAsync(new SelectOptionValue { Label = "Website" });
        await page.GetByLabel("First name").FillAsync("Ivo");
        await page.GetByLabel("Last name").FillAsync("Partial");
        await page.GetByLabel("Company name").FillAsync("Litware");
        await page.GetByLabel("Rating").SelectOptionAsync(new SelectOptionValue { Label = "Hot" });
        await page.GetByLabel("Sales ready: hand this lead to sales now").CheckAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Save lead" }).ClickAsync();

        var alert = page.GetByRole(AriaRole.Alert);
        await alert.WaitForAsync();
        await Screenshots.SaveAsync(page, TestContext, "intake-refused");
        var message = await alert.Locator(".refusal-message").InnerTextAsync();
        StringAssert.StartsWith(message, "This lead can't be marked Sales ready yet.");
        foreach (var item in MissingItems.ForHotLeadWithNameAndCompanyOnly())
        {
            StringAssert.Contains(message, item);
        }

        Assert.AreEqual("Ivo", await page.GetByLabel("First name").InputValueAsync(), "the form comes back as it was typed");
    }

    private static async Task FillQualifiedHotLeadAsync(IPage page, string first, string last, string company)
    {
        await page.GetByLabel("Lead source").SelectOptionAsync(new SelectOptionValue { Label = "Website" });
        await page.GetByLabel("First name").FillAsync(first);
        await page.GetByLabel("Last name").FillAsync(last);
        await page.GetByLabel("Email").FillAsync(first.ToLowerInvariant() + "@" + company.Split(' ')[0].ToLowerInvariant() + ".example");
        await page.GetByLabel("Business phone").FillAsync("+44 20 7946 0123");
        await page.GetByLabel("Job title").FillAsync("Head of Operations");
        await page.GetByLabel("Company name").FillAsync(company);
        await page.GetByLabel("Industry").SelectOptionAsync(new SelectOptionValue { Label = "Durable Manufacturing" });
        await page.GetByLabel("Number of employees").FillAsync("850");
        await page.GetByLabel("Rating").SelectOptionAsync(new SelectOptionValue { Label = "Hot" });
        await page.GetByLabel("Need", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Must have" });
        await page.GetByLabel("Need, in words a rep can act on").FillAsync("Replace spreadsheets for shop-floor scheduling");
        await page.GetByLabel("Purchase timeframe").SelectOptionAsync(new SelectOptionValue { Label = "This Quarter" });
        await page.GetByLabel("Budget amount").FillAsync("120000");
        await page.GetByLabel("Budget", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Can Buy" });
        await page.GetByLabel("The contact makes the purchase decision").CheckAsync();
        await page.GetByLabel("Next steps agreed").FillAsync("Demo with the COO on Thursday");
        await page.GetByLabel("Content that resonated").FillAsync("Whitepaper: scheduling without spreadsheets");
        await page.GetByLabel("Sales ready: hand this lead to sales now").CheckAsync();
    }
}
