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
        return await pages.AnswerAsync(
            () => HttpMethods.IsPost(request.Method)
                ? acknowledgement.RejectAsync(form.Token, form.Reason, cancellationToken)
                : acknowledgement.InspectAsync(form.Token, cancellationToken),
            PageKind.Reject,
            logger,
            request.Method,
            cancellationToken);
    }
}
