using System;
using System.Threading.Tasks;
using Dataverse.LeadHandover.Domain.Schema;
using Dataverse.LeadHandover.Functions.Acknowledgement;
using Dataverse.LeadHandover.Functions.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.Functions.Tests.Acknowledgement;

/// <summary>
/// The Acknowledge link. GET and HEAD are "safe" and must change nothing, because link previews and scanners
/// fetch them (RFC 9110 §9.2.1); acknowledging is the page's POST, once. Responses are not cached and send no
/// referrer, since the URL carries the token ("Referrer-Policy",
/// https://developer.mozilla.org/docs/Web/HTTP/Headers/Referrer-Policy). The custom API is called as the rep
/// ("Impersonate another user", https://learn.microsoft.com/power-apps/developer/data-platform/impersonate-another-user).
/// </summary>
[TestClass]
public sealed class AcknowledgeHandoverPageTests
{
    [TestMethod]
    [DataRow("GET", DisplayName = "GET")]
    [DataRow("HEAD", DisplayName = "HEAD")]
    public async Task Follow_UsableLink_ShowsTheConfirmationAndChangesNothing(string method)
    {
        using var scenario = new LinkScenario();
        var before = scenario.Organization.Handover(Ids.Handover).RowVersion;

        var page = await scenario.AcknowledgeAsync(PageRequests.Follow(method, scenario.Token));

        Assert.AreEqual(StatusCodes.Status200OK, page.StatusCode);
        Assert.AreEqual(before, scenario.Organization.Handover(Ids.Handover).RowVersion);
        Assert.AreEqual(0, scenario.AcknowledgeCalls);
    }

    [TestMethod]
    public async Task Get_UsableLink_OffersAFormThatPostsTheTokenBack()
    {
        using var scenario = new LinkScenario();

        var page = await scenario.AcknowledgeAsync(PageRequests.Follow(HttpMethods.Get, scenario.Token));

        StringAssert.Contains(page.Body, "<form method=\"post\" action=\"acknowledge\">");
        StringAssert.Contains(page.Body, "name=\"token\" value=\"" + scenario.Token + "\"");
        StringAssert.Contains(page.Body, "Ada Lovelace has been handed over to you.");
        StringAssert.Contains(page.Body, "<html lang=\"en\">");
    }

    [TestMethod]
    public async Task Head_UsableLink_SendsTheHeadersWithoutABody()
    {
        using var scenario = new LinkScenario();

        var page = await scenario.AcknowledgeAsync(PageRequests.Follow(HttpMethods.Head, scenario.Token));

        Assert.AreEqual(string.Empty, page.Body);
        Assert.AreEqual("no-store", page.Headers.CacheControl.ToString());
        Assert.AreEqual("no-referrer", page.Headers["Referrer-Policy"].ToString());
    }

    [TestMethod]
    [DataRow("GET", DisplayName = "GET")]
    [DataRow("HEAD", DisplayName = "HEAD")]
    [DataRow("POST", DisplayName = "POST")]
    public async Task AnyMethod_DynamicsUnreachable_Is503PageWithTheLinkHeaders(string method)
    {
        CompatOnly.Require();
        using var scenario = new LinkScenario(dynamicsReachable: false);
        var request = method == "POST" ? PageRequests.SubmitForm(scenario.Token) : PageRequests.Follow(method, scenario.Token);

        var page = await scenario.AcknowledgeAsync(request);

        Assert.AreEqual(StatusCodes.Status503ServiceUnavailable, page.StatusCode);
        Assert.AreEqual("no-store", page.Headers.CacheControl.ToString());
        Assert.AreEqual("no-referrer", page.Headers["Referrer-Policy"].ToString());
        if (method != "HEAD")
        {
            StringAssert.Contains(page.Body, "it shows whether it was recorded");
        }
    }

    [TestMethod]
    [DataRow("GET", DisplayName = "GET")]
    [DataRow("POST", DisplayName = "POST")]
    public async Task AnyResponse_SetsNoStoreNoReferrerAndAStrictContentPolicy(string method)
    {
        using var scenario = new LinkScenario();
        var request = method == "POST" ? PageRequests.SubmitForm(scenario.Token) : PageRequests.Follow(method, scenario.Token);

        var page = await scenario.AcknowledgeAsync(request);

        Assert.AreEqual("no-store", page.Headers.CacheControl.ToString());
        Assert.AreEqual("no-referrer", page.Headers["Referrer-Policy"].ToString());
        Assert.AreEqual("nosniff", page.Headers.XContentTypeOptions.ToString());
        Assert.AreEqual(HtmlPageResult.ContentSecurityPolicy, page.Headers.ContentSecurityPolicy.ToString());
        Assert.AreEqual("text/html; charset=utf-8", page.Headers.ContentType.ToString());
    }

    [TestMethod]
    public async Task Post_UsableLink_AcknowledgesOnceAsTheRepAndRetiresTheLink()
    {
        using var scenario = new LinkScenario();

        var page = await scenario.AcknowledgeAsync(PageRequests.SubmitForm(scenario.Token));

        Assert.AreEqual(StatusCodes.Status200OK, page.StatusCode);
        StringAssert.Contains(page.Body, "Handover acknowledged");
        StringAssert.Contains(page.Body, "Mon 2 Mar 2026, 09:30");
        Assert.AreEqual(1, scenario.AcknowledgeCalls);
        var row = scenario.Organization.Handover(Ids.Handover);
        Assert.AreEqual(HandoverStatus.Acknowledged, row.GetAttributeValue<OptionSetValue>(HandoverSchema.HandoverStatus).Value);
        Assert.AreEqual(Ids.Rep, row.GetAttributeValue<EntityReference>(HandoverSchema.AcknowledgedById).Id);
        Assert.AreEqual(1, row.GetAttributeValue<int?>(HandoverSchema.LinkTokenVersion));
    }

    [TestMethod]
    public async Task Post_SameLinkTwice_SecondSaysAlreadyUsedAndCallsNothing()
    {
        using var scenario = new LinkScenario();
        await scenario.AcknowledgeAsync(PageRequests.SubmitForm(scenario.Token));
        scenario.Organization.Clock.Advance(TimeSpan.FromMinutes(10));

        var replay = await scenario.AcknowledgeAsync(PageRequests.SubmitForm(scenario.Token));

        Assert.AreEqual(StatusCodes.Status409Conflict, replay.StatusCode);
        StringAssert.Contains(replay.Body, "This link has already been used");
        StringAssert.Contains(replay.Body, "was acknowledged at Mon 2 Mar 2026, 09:30");
        Assert.AreEqual(1, scenario.AcknowledgeCalls);
    }

    [TestMethod]
    public async Task Get_AfterTheLinkWasUsed_SaysSoAndWhen()
    {
        using var scenario = new LinkScenario();
        await scenario.AcknowledgeAsync(PageRequests.SubmitForm(scenario.Token));

        var page = await scenario.AcknowledgeAsync(PageRequests.Follow(HttpMethods.Get, scenario.Token));

        Assert.AreEqual(StatusCodes.Status409Conflict, page.StatusCode);
        StringAssert.Contains(page.Body, "This link has already been used");
        Assert.DoesNotContain("<form", page.Body);
    }

    [TestMethod]
    [DataRow("GET", DisplayName = "GET")]
    [DataRow("POST", DisplayName = "POST")]
    public async Task TamperedLink_SaysItDoesNotWorkAndChangesNothing(string method)
    {
        using var scenario = new LinkScenario();
        var forged = scenario.SignFor(Ids.OtherRep, 0).Split('.')[0] + "." + scenario.Token.Split('.')[1];
        var request = method == "POST" ? PageRequests.SubmitForm(forged) : PageRequests.Follow(method, forged);

        var page = await scenario.AcknowledgeAsync(request);

        Assert.AreEqual(StatusCodes.Status400BadRequest, page.StatusCode);
        StringAssert.Contains(page.Body, "This link doesn&#x27;t work");
        Assert.AreEqual(0, scenario.AcknowledgeCalls);
        Assert.AreEqual(HandoverStatus.Awaiting, scenario.Organization.Handover(Ids.Handover).GetAttributeValue<OptionSetValue>(HandoverSchema.HandoverStatus).Value);
    }

    [TestMethod]
    public async Task Get_WithoutToken_SaysTheLinkDoesNotWork()
    {
        using var scenario = new LinkScenario();

        var page = await scenario.AcknowledgeAsync(PageRequests.Follow(HttpMethods.Get, token: null));

        Assert.AreEqual(StatusCodes.Status400BadRequest, page.StatusCode);
    }

    [TestMethod]
    public async Task Post_ExpiredLink_SaysExpiredWhatToDoAndCallsNothing()
    {
        using var scenario = new LinkScenario();
        scenario.Organization.Clock.Advance(TimeSpan.FromDays(7));

        var page = await scenario.AcknowledgeAsync(PageRequests.SubmitForm(scenario.Token));

        Assert.AreEqual(StatusCodes.Status410Gone, page.StatusCode);
        StringAssert.Contains(page.Body, "This link has expired");
        StringAssert.Contains(page.Body, "Mon 9 Mar 2026, 09:30");
        StringAssert.Contains(page.Body, "main.aspx?etn=lead&amp;id=" + Ids.Lead.ToString("D"));
        Assert.AreEqual(0, scenario.AcknowledgeCalls);
    }

    [TestMethod]
    public async Task Post_LinkSignedForAnotherRep_SaysTheLeadIsNotTheirsAndCallsNothing()
    {
        using var scenario = new LinkScenario();

        var page = await scenario.AcknowledgeAsync(PageRequests.SubmitForm(scenario.SignFor(Ids.OtherRep, 0)));

        Assert.AreEqual(StatusCodes.Status409Conflict, page.StatusCode);
        StringAssert.Contains(page.Body, "This lead is no longer yours");
        Assert.AreEqual(0, scenario.AcknowledgeCalls);
    }

    [TestMethod]
    public async Task Post_AfterReassignmentToAnotherRep_SaysTheLeadIsNotTheirsAndCallsNothing()
    {
        using var scenario = new LinkScenario();
        await scenario.Organization.Admin.UpdateAsync(new Entity(HandoverSchema.EntityName, Ids.Handover)
        {
            [HandoverSchema.RepId] = new EntityReference("systemuser", Ids.OtherRep),
        });

        var page = await scenario.AcknowledgeAsync(PageRequests.SubmitForm(scenario.Token));

        Assert.AreEqual(StatusCodes.Status409Conflict, page.StatusCode);
        StringAssert.Contains(page.Body, "was reassigned to another rep");
        Assert.AreEqual(0, scenario.AcknowledgeCalls);
    }

    [TestMethod]
    public async Task Get_HandoverMarkedReassigned_SaysTheLeadIsNotTheirs()
    {
        using var scenario = new LinkScenario(h => h.WithStatus(HandoverStatus.Reassigned));

        var page = await scenario.AcknowledgeAsync(PageRequests.Follow(HttpMethods.Get, scenario.Token));

        StringAssert.Contains(page.Body, "This lead is no longer yours");
    }

    [TestMethod]
    public async Task Post_LinkRetirementFailsAfterTheAcknowledgement_StillSaysAcknowledged()
    {
        using var scenario = new LinkScenario();
        scenario.Organization.Dataverse.RegisterStep(new InMemory.StepRegistration(
            "refuse link retirement", "Update", HandoverSchema.EntityName, InMemory.PipelineStage.PreOperation, InMemory.StepMode.Synchronous, typeof(RefuseLinkRetirementPlugin))
        {
            FilteringAttributes = [HandoverSchema.LinkTokenVersion],
        });

        var page = await scenario.AcknowledgeAsync(PageRequests.SubmitForm(scenario.Token));

        Assert.AreEqual(StatusCodes.Status200OK, page.StatusCode);
        StringAssert.Contains(page.Body, "You acknowledged the handover");
        Assert.AreEqual(1, scenario.AcknowledgeCalls);
    }

    [TestMethod]
    public async Task Get_HandoverExpiredByTheSlaLadder_SaysItWasPassedOnInTime()
    {
        using var scenario = new LinkScenario(h => h.WithStatus(HandoverStatus.Expired));

        var page = await scenario.AcknowledgeAsync(PageRequests.Follow(HttpMethods.Get, scenario.Token));

        Assert.AreEqual(StatusCodes.Status409Conflict, page.StatusCode);
        StringAssert.Contains(page.Body, "wasn&#x27;t acknowledged in time, so it was passed on automatically");
    }

    [TestMethod]
    public async Task Get_NewerLinkWasSent_SaysThisOneWasReplaced()
    {
        using var scenario = new LinkScenario(h => h.WithLinkTokenVersion(2));

        var page = await scenario.AcknowledgeAsync(PageRequests.Follow(HttpMethods.Get, scenario.SignFor(Ids.Rep, 1)));

        Assert.AreEqual(StatusCodes.Status409Conflict, page.StatusCode);
        StringAssert.Contains(page.Body, "This link has been replaced");
    }

    [TestMethod]
    public async Task Get_LeadNameWithMarkup_IsEncodedNotRendered()
    {
        var organization = TestOrganization.Create();
        organization.Add(new LeadBuilder().Named("<script>alert('x')</script> & Co"));
        organization.Add(new HandoverBuilder());
        using var host = new FunctionsTestHost(organization);
        var token = host.Get<HandoverLinks>().SignToken(Ids.Handover, Ids.Rep, 0, organization.Clock.GetUtcNow());
        var request = PageRequests.Follow(HttpMethods.Get, token);

        var page = await RenderedResponse.RenderAsync(await host.Get<AcknowledgeHandoverPage>().RunAsync(request, default), request);

        Assert.DoesNotContain("<script>", page.Body);
        StringAssert.Contains(page.Body, "&lt;script&gt;");
        StringAssert.Contains(page.Body, "&amp; Co");
    }
}
