using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Azure;
using Azure.Identity;
using Dataverse.LeadHandover.Functions.Notifications;
using Dataverse.LeadHandover.Functions.Options;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Dataverse.LeadHandover.Functions.Webhooks;

/// <summary>
/// Receives the Dataverse webhook (service endpoint "Lead Handover Functions", async PostOperation step on Create of
/// <c>lh_handover</c>) and queues the handover for its Teams card, answering 202 at once so a slow or failing Teams
/// never holds up Dataverse's 60-second call. Sending twice is harmless: the sender checks the ledger first.
/// </summary>
public sealed class HandoverCreatedWebhook(
    WebhookKeyCheck keyCheck,
    IHandoverNotificationQueue queue,
    IOptions<WebhookOptions> options,
    TimeProvider time,
    ILogger<HandoverCreatedWebhook> logger)
{
    /// <summary>
    /// How long queueing may take before the webhook gives up and answers 503: half of Dataverse's 60-second wait,
    /// leaving room for reading the body and for the storage client's sign-in.
    /// </summary>
    public static readonly TimeSpan QueueBudget = TimeSpan.FromSeconds(30);

    /// <summary>Dataverse trims bodies over 256 KB itself; anything much larger is not from Dataverse.</summary>
    public const int MaxBodyBytes = 1024 * 1024;

    [Function(nameof(HandoverCreatedWebhook))]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "dataverse/handovers")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!keyCheck.IsAuthentic(request.Headers[keyCheck.HeaderName]))
        {
            WebhookLog.KeyRefused(logger);
            return new UnauthorizedResult();
        }

        var body = await ReadBodyAsync(request, cancellationToken);
        var context = body is null ? null : RemoteContextReader.Read(body);
        if (context is null)
        {
            WebhookLog.BodyUnreadable(logger);
            return PlainText(StatusCodes.Status400BadRequest, "The body is not a Dataverse execution context.");
        }

        if (context.OrganizationId != options.Value.AllowedOrganizationId)
        {
            WebhookLog.OrganizationRefused(logger, context.OrganizationId, context.CorrelationId);
            return new StatusCodeResult(StatusCodes.Status403Forbidden);
        }

        var trimmed = request.Headers.ContainsKey(DataverseWebhookHeaders.MessageSizeExceeded);
        var delivery = HandoverCreatedDelivery.IsHandoverCreate(context)
            ? HandoverCreatedDelivery.From(context, trimmed, HeaderCorrelationId(request))
            : null;
        if (delivery is null)
        {
            WebhookLog.NotAHandoverCreate(logger, context.CorrelationId);
            return PlainText(StatusCodes.Status400BadRequest, "Only the Create of a handover (lh_handover) is accepted here.");
        }

        using var budget = new CancellationTokenSource(QueueBudget, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, budget.Token);
        try
        {
            await queue.EnqueueAsync(new HandoverNotificationMessage(delivery.HandoverId, delivery.CorrelationId), linked.Token);
        }
        catch (Exception exception) when (exception is RequestFailedException or AuthenticationFailedException
            || (exception is OperationCanceledException && budget.IsCancellationRequested && !cancellationToken.IsCancellationRequested))
        {
            // 503 is one of the statuses Dataverse retries once; the sweep catches anything still missed.
            WebhookLog.QueueFailed(logger, exception, delivery.HandoverId, delivery.CorrelationId);
            return PlainText(StatusCodes.Status503ServiceUnavailable, "The handover could not be queued; try again.");
        }

        WebhookLog.Queued(logger, delivery.HandoverId, delivery.CorrelationId, trimmed);
        return new StatusCodeResult(StatusCodes.Status202Accepted);
    }

    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static Guid HeaderCorrelationId(HttpRequest request) =>
        Guid.TryParse(request.Headers[DataverseWebhookHeaders.CorrelationRequestId].ToString(), out var id) ? id : Guid.Empty;

    private static ContentResult PlainText(int statusCode, string message) =>
        new() { StatusCode = statusCode, Content = message, ContentType = "text/plain; charset=utf-8" };
}
