using System;
using System.Threading;
using System.Threading.Tasks;
using Dataverse.LeadHandover.Domain.Schema;
using Dataverse.LeadHandover.Functions.Acknowledgement;
using Dataverse.LeadHandover.Functions.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.Functions.Tests.EndToEnd;

/// <summary>
/// The acknowledgement page against the solution's real lh_AcknowledgeHandover plug-in rather than the recording
/// stand-in, so the two sides agree on parameters, responses and the link token version.
/// </summary>
[TestClass]
public sealed class RealAcknowledgePluginTests
{
    [TestMethod]
    public async Task Post_UsableLink_RealPluginAcknowledgesAndTheLinkIsThenUsed()
    {
        var organization = TestOrganization.Create(CustomApiPlugins.Real).WithStandardHandover();
        using var host = new FunctionsTestHost(organization);
        var token = host.Get<HandoverLinks>().SignToken(Ids.Handover, Ids.Rep, 0, organization.Clock.GetUtcNow());
        organization.Clock.Advance(TimeSpan.FromMinutes(20));

        var confirmed = await SubmitAsync(host, token);
        var replay = await SubmitAsync(host, token);

        Assert.AreEqual(StatusCodes.Status200OK, confirmed.StatusCode, confirmed.Body);
        StringAssert.Contains(confirmed.Body, "Mon 2 Mar 2026, 09:50");
        var row = organization.Handover(Ids.Handover);
        Assert.AreEqual(HandoverStatus.Acknowledged, row.GetAttributeValue<OptionSetValue>(HandoverSchema.HandoverStatus).Value);
        Assert.AreEqual(Ids.Rep, row.GetAttributeValue<EntityReference>(HandoverSchema.AcknowledgedById).Id);
        Assert.AreEqual(1, row.GetAttributeValue<int?>(HandoverSchema.LinkTokenVersion));
        Assert.AreEqual(StatusCodes.Status409Conflict, replay.StatusCode);
        StringAssert.Contains(replay.Body, "This link has already been used");
    }

    private static async Task<RenderedResponse> SubmitAsync(FunctionsTestHost host, string token)
    {
        var request = PageRequests.SubmitForm(token);
        return await RenderedResponse.RenderAsync(await host.Get<AcknowledgeHandoverPage>().RunAsync(request, CancellationToken.None), request);
    }
}
