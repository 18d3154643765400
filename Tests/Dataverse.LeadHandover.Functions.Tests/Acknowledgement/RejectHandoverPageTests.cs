using System.Threading.Tasks;
using Dataverse.LeadHandover.Domain.Schema;
using Dataverse.LeadHandover.Functions.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.Functions.Tests.Acknowledgement;

/// <summary>
/// The Reject link: GET and HEAD show the reason form and change nothing; POST needs a reason and rejects
/// through the reject custom API, once.
/// </summary>
[TestClass]
public sealed class RejectHandoverPageTests
{
    [TestMethod]
    public async Task Post_DynamicsUnreachable_Is503PageSayingItCouldNotConfirm()
    {
        CompatOnly.Require();
        using var scenario = new LinkScenario(dynamicsReachable: false);

        var page = await scenario.RejectAsync(PageRequests.SubmitForm(scenario.Token, "Customer is in my exclusion list"));

        Assert.AreEqual(StatusCodes.Status503ServiceUnavailable, page.StatusCode);
        Assert.AreEqual("no-referrer", page.Headers["Referrer-Policy"].ToString());
        StringAssert.Contains(page.Body, "We couldn&#x27;t confirm your rejection with Dynamics 365.");
    }

    [TestMethod]
    [DataRow("GET", DisplayName = "GET")]
    [DataRow("HEAD", DisplayName = "HEAD")]
    public async Task Follow_UsableLink_ShowsTheReasonFormAndChangesNothing(string method)
    {
        using var scenario = new LinkScenario();
        var before = scenario.Organization.Handover(Ids.Handover).RowVersion;

        var page = await scenario.RejectAsync(PageRequests.Follow(method, scenario.Token));

        Assert.AreEqual(StatusCodes.Status200OK, page.StatusCode);
        Assert.AreEqual(before, scenario.Organization.Handover(Ids.Handover).RowVersion);
        Assert.AreEqual(0, scenario.RejectCalls);
    }

    [TestMethod]
    public async Task Get_UsableLink_FormHasALabelledRequiredReason()
    {
        using var scenario = new LinkScenario();

        var page = await scenario.RejectAsync(PageRequests.Follow(HttpMethods.Get, scenario.Token));

        StringAssert.Contains(page.Body, "<label for=\"reason\">");
        StringAssert.Contains(page.Body, "<textarea id=\"reason\" name=\"reason\" rows=\"5\" required maxlength=\"2000\"");
        StringAssert.Contains(page.Body, "action=\"reject\"");
    }

    [TestMethod]
    [DataRow(null, DisplayName = "no reason")]
    [DataRow("   ", DisplayName = "blank reason")]
    public async Task Post_WithoutReason_AsksAgainAndCallsNothing(string? reason)
    {
        using var scenario = new LinkScenario();

        var page = await scenario.RejectAsync(PageRequests.SubmitForm(scenario.Token, reason));

        Assert.AreEqual(StatusCodes.Status400BadRequest, page.StatusCode);
        StringAssert.Contains(page.Body, "role=\"alert\"");
        StringAssert.Contains(page.Body, "aria-invalid=\"true\"");
        Assert.AreEqual(0, scenario.RejectCalls);
    }

    [TestMethod]
    public async Task Post_WithReason_RejectsOnceWithTheReasonAndRetiresTheLink()
    {
        using var scenario = new LinkScenario();

        var page = await scenario.RejectAsync(PageRequests.SubmitForm(scenario.Token, "  On leave from tomorrow.  "));

        Assert.AreEqual(StatusCodes.Status200OK, page.StatusCode);
        StringAssert.Contains(page.Body, "Handover rejected");
        Assert.AreEqual(1, scenario.RejectCalls);
        var row = scenario.Organization.Handover(Ids.Handover);
        Assert.AreEqual(HandoverStatus.Rejected, row.GetAttributeValue<OptionSetValue>(HandoverSchema.HandoverStatus).Value);
        Assert.AreEqual("On leave from tomorrow.", row.GetAttributeValue<string>(HandoverSchema.OutcomeReason));
        Assert.AreEqual(1, row.GetAttributeValue<int?>(HandoverSchema.LinkTokenVersion));
    }

    [TestMethod]
    public async Task Post_RejectAfterAcknowledging_SaysAlreadyUsedAndCallsNothing()
    {
        using var scenario = new LinkScenario();
        await scenario.AcknowledgeAsync(PageRequests.SubmitForm(scenario.Token));

        var page = await scenario.RejectAsync(PageRequests.SubmitForm(scenario.Token, "Changed my mind"));

        Assert.AreEqual(StatusCodes.Status409Conflict, page.StatusCode);
        StringAssert.Contains(page.Body, "This link has already been used");
        Assert.AreEqual(0, scenario.RejectCalls);
    }

    [TestMethod]
    public async Task Post_SameRejectionTwice_SecondSaysAlreadyRejected()
    {
        using var scenario = new LinkScenario();
        await scenario.RejectAsync(PageRequests.SubmitForm(scenario.Token, "On leave"));

        var page = await scenario.RejectAsync(PageRequests.SubmitForm(scenario.Token, "On leave"));

        Assert.AreEqual(StatusCodes.Status409Conflict, page.StatusCode);
        StringAssert.Contains(page.Body, "This handover was rejected");
        Assert.AreEqual(1, scenario.RejectCalls);
    }
}
