using System;
using Microsoft.Extensions.Logging;

namespace Dataverse.LeadHandover.Functions.Acknowledgement;

/// <summary>The acknowledgement pages' log lines: handover ids and outcomes only, never tokens or names.</summary>
internal static partial class AcknowledgementLog
{
    [LoggerMessage(3001, LogLevel.Warning, "An acknowledgement link failed its signature check.")]
    public static partial void Tampered(ILogger logger);

    [LoggerMessage(3002, LogLevel.Information, "Handover {HandoverId}: link used for {Action}, outcome {Status}.")]
    public static partial void Acted(ILogger logger, Guid handoverId, string action, LinkStatus status);

    [LoggerMessage(3003, LogLevel.Warning, "Handover {HandoverId}: Dataverse refused {Action} (error {ErrorCode}).")]
    public static partial void Refused(ILogger logger, Exception exception, Guid handoverId, string action, int errorCode);

    [LoggerMessage(3004, LogLevel.Error, "An acknowledgement link's {Method} could not be answered: Dynamics 365 was unreachable or failed.")]
    public static partial void Unavailable(ILogger logger, Exception exception, string method);

    [LoggerMessage(3005, LogLevel.Warning, "Handover {HandoverId}: acted on, but its link version could not be retired; the handover's status already stops the link.")]
    public static partial void RetireFailed(ILogger logger, Exception exception, Guid handoverId);
}
