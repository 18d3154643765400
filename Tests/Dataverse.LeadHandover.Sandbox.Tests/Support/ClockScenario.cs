using System;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using Microsoft.Playwright;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Dataverse.LeadHandover.Sandbox.Tests.Support;

/// <summary>The steps the clock tests share: a Hot lead left unacknowledged, the clock buttons, the ladder, an inbox.</summary>
internal static class ClockScenario
{
    /// <summary>Creates a complete, sales-ready Hot lead through the Web API and lets its handover card go out.</summary>
    public static async Task<Guid> CreateQualifiedHotLeadAsync(SandboxServer server, string first, string last)
    {
        using var sources = await server.Http.GetAsync("api/data/v9.2/lh_leadsources?$select=lh_name&$filter=lh_name eq 'Website'");
        using var document = System.Text.Json.JsonDocument.Parse(await sources.Content.ReadAsStringAsync());
        var website = document.RootElement.GetProperty("value")[0].GetProperty("lh_leadsourceid").GetGuid();
        using var created = await server.Http.PostAsync("api/data/v9.2/leads", LeadBody.Named(first, last, "Tailspin Toys").FromSource(website).QualifiedHot().SalesReady().ToContent());
        Assert.AreEqual(HttpStatusCode.NoContent, created.StatusCode, await created.Content.ReadAsStringAsync());
        await server.Host.SettleAsync(default);
        return Guid.Parse(created.Headers.GetValues("OData-EntityId").Single()[^37..^1]);
    }

    /// <summary>The lead's owner as its page shows it: the rep it was handed to.</summary>
    public static async Task<string> OwnerAsync(IPage page, SandboxServer server, Guid leadId)
    {
        await page.GotoAsync(server.Url("leads/" + leadId).AbsoluteUri);
        return (await page.Locator("dd[data-column='ownerid']").InnerTextAsync()).Trim();
    }

    /// <summary>Presses a clock button and waits until the page shows the new sandbox time.</summary>
    public static async Task AdvanceAsync(IPage page, SandboxServer server, string button, string expectedTime)
    {
        await page.GotoAsync(server.Url("clock").AbsoluteUri);
        await page.GetByRole(AriaRole.Button, new() { Name = button }).ClickAsync();
        await page.Locator("#sandbox-time", new() { HasText = expectedTime }).WaitForAsync();
    }

    public static Task<string> LadderAsync(IPage page, string lead) =>
        page.Locator("#ladder tr", new() { HasText = lead }).Locator("ul.ladder").InnerTextAsync();

    public static async Task OpenInboxAsync(IPage page, SandboxServer server, string person)
    {
        await page.GotoAsync(server.Url("inbox").AbsoluteUri);
        await page.GetByRole(AriaRole.Link, new() { Name = person, Exact = true }).ClickAsync();
    }
}
