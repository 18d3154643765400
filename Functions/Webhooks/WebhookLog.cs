using System;
using Microsoft.Extensions.Logging;

namespace Dataverse.LeadHandover.Functions.Webhooks;

/// <summary>The webhook's log lines: ids only, never the body, the key or any personal data.</summary>
internal static partial class WebhookLog
{
    [LoggerMessage(1001, LogLevel.Warning, "Webhook call refused: the key header is missing or wrong.")]
    public static partial void KeyRefused(ILogger logger);

    [LoggerMessage(1002, LogLevel.Warning, "Webhook call refused: the body is not a Dataverse execution context.")]
    public static partial void BodyUnreadable(ILogger logger);

    [LoggerMessage(1003, LogLevel.Warning, "Webhook call refused: organization {OrganizationId} is not the allowed one (correlation {CorrelationId}).")]
    public static partial void OrganizationRefused(ILogger logger, Guid organizationId, Guid correlationId);

    [LoggerMessage(1004, LogLevel.Warning, "Webhook call refused: it is not the Create of a handover (correlation {CorrelationId}).")]
    public static partial void NotAHandoverCreate(ILogger logger, Guid correlationId);

    [LoggerMessage(1005, LogLevel.Information, "Handover {HandoverId} queued for its Teams notification (correlation {CorrelationId}, trimmed body: {Trimmed}).")]
    public static partial void Queued(ILogger logger, Guid handoverId, Guid correlationId, bool trimmed);

    [LoggerMessage(1006, LogLevel.Error, "Handover {HandoverId} could not be queued (correlation {CorrelationId}); Dataverse is asked to retry.")]
    public static partial void QueueFailed(ILogger logger, Exception exception, Guid handoverId, Guid correlationId);
}
