using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Dataverse.LeadHandover.Sandbox.Tests.Support;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Dataverse.LeadHandover.Sandbox.Tests.Persistence;

/// <summary>
/// The sandbox keeps its organization between runs in its state file unless started with --reset: leads, the
/// ledger, the sandbox time and the Teams cards all come back, and the saved rows keep their platform columns.
/// </summary>
[TestClass]
public sealed class SandboxStateTests
{
    private const string Api = "api/data/v9.2/";

    [TestMethod]
    public async Task Restart_WithoutReset_CarriesOnWithTheSameLeadsTimeAndCards()
    {
        var first = await SandboxServer.StartAsync();
        var leadId = await CreateQualifiedLeadAsync(first);
        await AdvanceClockAsync(first, minutes: 60);
        var createdOn = await CreatedOnAsync(first, leadId);
        var cards = first.Host.Runtime.Teams.All.Count;
        var time = first.Host.Runtime.Clock.GetUtcNow();
        await first.StopAsync();

        await using var second = await SandboxServer.StartAsync(first.StateFolder, reset: false);

        Assert.AreEqual(createdOn, await CreatedOnAsync(second, leadId), "the saved row keeps the createdon the platform stamped");
        Assert.AreEqual(time, second.Host.Runtime.Clock.GetUtcNow());
        Assert.AreEqual(cards, second.Host.Runtime.Teams.All.Count);
        using var ledger = await second.Http.GetAsync(Api + "lh_handovers?$select=lh_handoverstatus&$filter=_lh_leadid_value eq " + leadId);
        StringAssert.Contains(await ledger.Content.ReadAsStringAsync(), "725100000");
    }

    [TestMethod]
    public async Task Restart_WithReset_StartsAgainFromTheSeededDemo()
    {
        var first = await SandboxServer.StartAsync();
        var leadId = await CreateQualifiedLeadAsync(first);
        await first.StopAsync();

        await using var second = await SandboxServer.StartAsync(first.StateFolder, reset: true);

        using var response = await second.Http.GetAsync(Api + "leads(" + leadId + ")");
        Assert.AreEqual(HttpStatusCode.NotFound, response.StatusCode);
        Assert.AreEqual(DemoLiveFrom, second.Host.Runtime.Clock.GetUtcNow());
    }

    [TestMethod]
    public async Task Stop_WritesTheStateFile()
    {
        var server = await SandboxServer.StartAsync();
        File.Delete(server.StatePath);

        await server.StopAsync();

        Assert.IsTrue(File.Exists(server.StatePath));
        Directory.Delete(server.StateFolder, recursive: true);
    }

    private static DateTimeOffset DemoLiveFrom => Demo.DemoOrganization.LiveFrom;

    private static async Task<Guid> CreateQualifiedLeadAsync(SandboxServer server)
    {
        using var sources = await server.Http.GetAsync(Api + "lh_leadsources?$select=lh_name&$filter=lh_name eq 'Website'");
        using var document = System.Text.Json.JsonDocument.Parse(await sources.Content.ReadAsStringAsync());
        var website = document.RootElement.GetProperty("value")[0].GetProperty("lh_leadsourceid").GetGuid();
        using var response = await server.Http.PostAsync(Api + "leads", LeadBody.Named("Pia", "Saved", "Contoso Manufacturing").FromSource(website).QualifiedHot().SalesReady().ToContent());
        Assert.AreEqual(HttpStatusCode.NoContent, response.StatusCode, await response.Content.ReadAsStringAsync());
        await server.Host.SettleAsync(default);
        return Guid.Parse(response.Headers.GetValues("OData-EntityId").Single()[^37..^1]);
    }

    private static async Task AdvanceClockAsync(SandboxServer server, int minutes)
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["minutes"] = minutes.ToString(System.Globalization.CultureInfo.InvariantCulture), ["returnUrl"] = "/" });
        using var response = await server.Http.PostAsync("clock/advance", form);
        Assert.IsTrue(response.IsSuccessStatusCode, response.StatusCode.ToString());
    }

    private static async Task<string> CreatedOnAsync(SandboxServer server, Guid leadId)
    {
        using var response = await server.Http.GetAsync(Api + "leads(" + leadId + ")?$select=createdon");
        using var document = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.GetProperty("createdon").GetString()!;
    }
}
