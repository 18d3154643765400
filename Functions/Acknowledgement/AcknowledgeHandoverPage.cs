using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Dataverse.LeadHandover.Functions.Acknowledgement;

/// <summary>
/// The card's Acknowledge link. GET and HEAD only show where the handover stands (a link preview must not
/// acknowledge for the rep); the page's button POSTs the token back, which acknowledges once.
/// </summary>
public sealed class AcknowledgeHandoverPage(HandoverAcknowledgement acknowledgement, AcknowledgementPages pages, ILogger<AcknowledgeHandoverPage> logger)
{
    [Function(nameof(AcknowledgeHandoverPage))]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", "post", Route = AcknowledgementRoutes.Acknowledge)] HttpRequest request,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var form = await LinkRequest.ReadAsync(request, cancellationToken);
        return await pages.AnswerAsync(
            () => HttpMethods.IsPost(request.Method)
                ? acknowledgement.AcknowledgeAsync(form.Token, cancellationToken)
                : acknowledgement.InspectAsync(form.Token, cancellationToken),
            PageKind.Acknowledge,
            logger,
            request.Method,
            cancellationToken);
    }
}
