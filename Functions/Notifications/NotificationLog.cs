using System;
using Microsoft.Extensions.Logging;

namespace Dataverse.LeadHandover.Functions.Notifications;

/// <summary>The Teams sender's log lines: handover and correlation ids only; never the card, the URL or names.</summary>
internal static partial class NotificationLog
{
    [LoggerMessage(2001, LogLevel.Information, "Handover {HandoverId}: Teams card sent (correlation {CorrelationId}, attempt {Attempt}).")]
    public static partial void Sent(ILogger logger, Guid handoverId, Guid correlationId, int attempt);

    [LoggerMessage(2002, LogLevel.Information, "Handover {HandoverId}: nothing to send, {Outcome} (correlation {CorrelationId}).")]
    public static partial void Skipped(ILogger logger, Guid handoverId, NotificationOutcome outcome, Guid correlationId);

    [LoggerMessage(2003, LogLevel.Warning, "Handover {HandoverId}: its lead or rep is missing, no card sent (correlation {CorrelationId}).")]
    public static partial void Incomplete(ILogger logger, Guid handoverId, Guid correlationId);

    [LoggerMessage(2004, LogLevel.Warning, "Handover {HandoverId}: Teams card failed on attempt {Attempt}, next attempt at {NextAttemptOn:o} (correlation {CorrelationId}).")]
    public static partial void Failed(ILogger logger, Exception exception, Guid handoverId, int attempt, DateTimeOffset nextAttemptOn, Guid correlationId);

    [LoggerMessage(2005, LogLevel.Error, "A handover notification message could not be read; it goes to the poison queue after its retries.")]
    public static partial void MessageUnreadable(ILogger logger);

    [LoggerMessage(2006, LogLevel.Error, "Handover {HandoverId}: its notification message failed every delivery and was poisoned; the SLA sweep sends the card if it is still due (correlation {CorrelationId}).")]
    public static partial void Poisoned(ILogger logger, Guid handoverId, Guid correlationId);

    [LoggerMessage(2007, LogLevel.Error, "An unreadable notification message was poisoned and removed.")]
    public static partial void PoisonedUnreadable(ILogger logger);
}
