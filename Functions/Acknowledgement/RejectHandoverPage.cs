using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Dataverse.LeadHandover.Functions.Acknowledgement;

/// <summary>
/// The card's Reject link. GET and HEAD show the reason form and change nothing; the form POSTs the token and a
/// mandatory reason, which rejects the handover through the reject custom API.
/// </summary>
public sealed class RejectHandoverPage(HandoverAcknowledgement acknowledgement, AcknowledgementPages pages, ILogger<RejectHandoverPage> logger)
{
    [Function(nameof(RejectHandoverPage))]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", "post", Route = AcknowledgementRoutes.Reject)] HttpRequest request,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var form = await LinkRequest.ReadAsync(request, cancellationToken);
        try
        {
            var outcome = HttpMethods.IsPost(request.Method)
                ? await acknowledgement.RejectAsync(form.Token, form.Reason, cancellationToken)
                : await acknowledgement.InspectAsync(form.Token, cancellationToken);
            return new HtmlPageResult(pages.For(outcome, PageKind.Reject));
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            // Still a page with the response headers every link answer carries, never a bare 500.
            AcknowledgementLog.Unavailable(logger, exception, request.Method);
            return new HtmlPageResult(AcknowledgementPages.Unavailable(PageKind.Reject));
        }
    }
}
