using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using Dataverse.LeadHandover.Sandbox.Tests.Support;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Dataverse.LeadHandover.Sandbox.Tests.WebApi;

/// <summary>
/// Drives the sandbox's Web API subset the way a Dataverse client does, over HTTP against a running sandbox.
/// Platform behaviour asserted here, from Microsoft Learn: create answers 204 with the new row's URL in
/// <c>OData-EntityId</c> and binds lookups with <c>@odata.bind</c>
/// (https://learn.microsoft.com/power-apps/developer/data-platform/webapi/create-entity-web-api); lookups read back as
/// <c>_name_value</c> (https://learn.microsoft.com/power-apps/developer/data-platform/webapi/query/select-columns);
/// errors are <c>{"error":{"code","message"}}</c> with 404 <c>0x8006088a</c> for an unknown entity set and 400 <c>0x0</c>
/// for an unknown property (https://learn.microsoft.com/troubleshoot/power-platform/dataverse/dataverse-web-api-and-sdk/web-api-client-errors);
/// a plug-in's InvalidPluginExecutionException comes back as IsvAborted <c>0x80040265</c> with its message
/// (https://learn.microsoft.com/power-apps/developer/data-platform/best-practices/business-logic/use-invalidpluginexecutionexception-plugin-workflow-activities).
/// </summary>
[TestClass]
public sealed class LeadWebApiTests
{
    private const string Api = "api/data/v9.2/";
    private static SandboxServer server = null!;
    private static Guid website;

    [ClassInitialize]
    public static async Task StartAsync(TestContext context)
    {
        server = await SandboxServer.StartAsync();
        using var sources = await JsonAsync(Api + "lh_leadsources?$select=lh_name&$filter=lh_name eq 'Website'");
        website = sources.RootElement.GetProperty("value")[0].GetProperty("lh_leadsourceid").GetGuid();
    }

    [ClassCleanup]
    public static async Task StopAsync() => await server.DisposeAsync();

    [TestMethod]
    public async Task CreateLead_WithTheSourceBound_Answers204WithTheNewLeadsUrl()
    {
        using var response = await server.Http.PostAsync(Api + "leads", LeadBody.Named("Zoe", "Quinn", "Fourth Coffee").FromSource(website).ToContent());

        Assert.AreEqual(HttpStatusCode.NoContent, response.StatusCode);
        var entityId = response.Headers.GetValues("OData-EntityId").Single();
        StringAssert.StartsWith(entityId, server.Url(Api + "leads(").AbsoluteUri);
        Assert.IsTrue(Guid.TryParse(entityId[^37..^1], out _), entityId);
    }

    [TestMethod]
    public async Task ReadLead_WithSelect_ReturnsTheColumnsAndTheBoundSourceAsLookupValue()
    {
        var id = await CreateAsync(LeadBody.Named("Yusuf", "Demir", "Proseware").FromSource(website));

        using var lead = await JsonAsync(Api + "leads(" + id + ")?$select=fullname,companyname,_lh_leadsourceid_value");

        var row = lead.RootElement;
        Assert.AreEqual("Yusuf Demir", row.GetProperty("fullname").GetString());
        Assert.AreEqual("Proseware", row.GetProperty("companyname").GetString());
        Assert.AreEqual(website, row.GetProperty("_lh_leadsourceid_value").GetGuid());
        Assert.AreEqual(id, row.GetProperty("leadid").GetGuid());
        Assert.IsFalse(row.TryGetProperty("lastname", out _), "$select leaves out what was not asked for");
    }

    [TestMethod]
    public async Task ListLeads_FilterOnTheSourceAndTop_ReturnsOnlyMatchingRows()
    {
        await CreateAsync(LeadBody.Named("Xena", "Filter", "Filter Test One").FromSource(website));
        await CreateAsync(LeadBody.Named("Xavi", "Filter", "Filter Test Two").FromSource(website));

        using var list = await JsonAsync(Api + "leads?$select=companyname&$filter=lastname eq 'Filter' and _lh_leadsourceid_value eq " + website + "&$top=1");

        var rows = list.RootElement.GetProperty("value");
        Assert.AreEqual(1, rows.GetArrayLength());
        StringAssert.StartsWith(rows[0].GetProperty("companyname").GetString(), "Filter Test");
    }

    [TestMethod]
    public async Task CreateLead_SalesReadyButIncomplete_Answers400WithThePluginsMessageNamingEveryMissingItem()
    {
        using var response = await server.Http.PostAsync(Api + "leads", LeadBody.Named("Wanda", "Short", "Litware").FromSource(website).With("leadqualitycode", 1).SalesReady().ToContent());

        Assert.AreEqual(HttpStatusCode.BadRequest, response.StatusCode);
        using var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.AreEqual("0x80040265", error.RootElement.GetProperty("error").GetProperty("code").GetString());
        var message = error.RootElement.GetProperty("error").GetProperty("message").GetString()!;
        StringAssert.StartsWith(message, "This lead can't be marked Sales ready yet.");
        foreach (var item in MissingItems.ForHotLeadWithNameAndCompanyOnly())
        {
            StringAssert.Contains(message, item);
        }
    }

    [TestMethod]
    public async Task CreateLead_QualifiedAndSalesReady_IsOnTheHandoverLedgerAwaitingARep()
    {
        var id = await CreateAsync(LeadBody.Named("Vera", "Ledger", "Woodgrove Bank").FromSource(website).QualifiedHot().SalesReady());

        using var ledger = await JsonAsync(Api + "lh_handovers?$select=lh_handoverstatus,_lh_repid_value,lh_dueon&$filter=_lh_leadid_value eq " + id);

        var rows = ledger.RootElement.GetProperty("value");
        Assert.AreEqual(1, rows.GetArrayLength());
        Assert.AreEqual(725100000, rows[0].GetProperty("lh_handoverstatus").GetInt32(), "Awaiting acknowledgement");
        Assert.AreNotEqual(Guid.Empty, rows[0].GetProperty("_lh_repid_value").GetGuid());
        Assert.AreEqual(JsonValueKind.String, rows[0].GetProperty("lh_dueon").ValueKind);
    }

    [TestMethod]
    public async Task Get_AnEntitySetWithTheWrongCase_Answers404InDataversesShape()
    {
        using var response = await server.Http.GetAsync(Api + "Leads");

        Assert.AreEqual(HttpStatusCode.NotFound, response.StatusCode);
        Assert.AreEqual(
            """{"error":{"code":"0x8006088a","message":"Resource not found for the segment 'Leads'."}}""",
            await response.Content.ReadAsStringAsync());
    }

    [TestMethod]
    public async Task Select_AnUnknownProperty_Answers400NamingIt()
    {
        using var response = await server.Http.GetAsync(Api + "leads?$select=Name");

        Assert.AreEqual(HttpStatusCode.BadRequest, response.StatusCode);
        StringAssert.Contains(await response.Content.ReadAsStringAsync(), "Could not find a property named 'Name' on type 'Microsoft.Dynamics.CRM.lead'.");
    }

    [TestMethod]
    public async Task Filter_WithOr_Answers400SayingWhatTheSubsetSupports()
    {
        using var response = await server.Http.GetAsync(Api + "leads?$filter=firstname eq 'a' or firstname eq 'b'");

        Assert.AreEqual(HttpStatusCode.BadRequest, response.StatusCode);
        StringAssert.Contains(await response.Content.ReadAsStringAsync(), "'or' is not supported here");
    }

    private static async Task<Guid> CreateAsync(LeadBody lead)
    {
        using var response = await server.Http.PostAsync(Api + "leads", lead.ToContent());
        Assert.AreEqual(HttpStatusCode.NoContent, response.StatusCode, await response.Content.ReadAsStringAsync());
        var entityId = response.Headers.GetValues("OData-EntityId").Single();
        return Guid.Parse(entityId[^37..^1]);
    }

    private static async Task<JsonDocument> JsonAsync(string relative)
    {
        using var response = await server.Http.GetAsync(relative);
        var body = await response.Content.ReadAsStringAsync();
        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode, body);
        return JsonDocument.Parse(body);
    }
}
