using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Dataverse.LeadHandover.Functions.Acknowledgement;
using Dataverse.LeadHandover.Functions.Tests.Support;
using Microsoft.AspNetCore.Http;

namespace Dataverse.LeadHandover.Functions.Tests.Acknowledgement;

/// <summary>
/// A handover awaiting <see cref="Ids.Rep"/>, the Functions app over it, and a link token signed as a card would
/// carry it; plus what a browser does with the link and how many times the custom APIs were called.
/// </summary>
internal sealed class LinkScenario : IDisposable
{
    /// <param name="dynamicsReachable">False: the app's own ServiceClient, which in a Compat build reaches no Dataverse.</param>
    public LinkScenario(Action<HandoverBuilder>? adjust = null, bool dynamicsReachable = true)
    {
        Organization = TestOrganization.Create().WithStandardHandover(adjust);
        Host = new FunctionsTestHost(Organization, withDataverse: dynamicsReachable);
        Token = SignFor(Ids.Rep, version: 0);
    }

    public TestOrganization Organization { get; }

    public FunctionsTestHost Host { get; }

    /// <summary>The token of the card sent to the rep.</summary>
    public string Token { get; }

    public int AcknowledgeCalls => Organization.Dataverse.TraceLog.Count(t => t.Text.StartsWith(RecordingAcknowledgePlugin.TracePrefix, StringComparison.Ordinal));

    public int RejectCalls => Organization.Dataverse.TraceLog.Count(t => t.Text.StartsWith(RecordingRejectPlugin.TracePrefix, StringComparison.Ordinal));

    public string SignFor(Guid repId, int version) =>
        Host.Get<HandoverLinks>().SignToken(Ids.Handover, repId, version, Organization.Clock.GetUtcNow());

    public Task<RenderedResponse> AcknowledgeAsync(HttpRequest request) =>
        RunAsync(Host.Get<AcknowledgeHandoverPage>().RunAsync(request, CancellationToken.None), request);

    public Task<RenderedResponse> RejectAsync(HttpRequest request) =>
        RunAsync(Host.Get<RejectHandoverPage>().RunAsync(request, CancellationToken.None), request);

    public void Dispose() => Host.Dispose();

    private static async Task<RenderedResponse> RunAsync(Task<Microsoft.AspNetCore.Mvc.IActionResult> running, HttpRequest request) =>
        await RenderedResponse.RenderAsync(await running, request);
}
