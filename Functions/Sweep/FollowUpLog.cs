using System;
using Microsoft.Extensions.Logging;

namespace Dataverse.LeadHandover.Functions.Sweep;

/// <summary>The follow-up cadence's log lines: handover ids and the run's correlation id only.</summary>
internal static partial class FollowUpLog
{
    [LoggerMessage(4101, LogLevel.Information, "Follow-up cadence {CorrelationId}: unchecked windows that closed from {Since:o} to {Now:o} are checked.")]
    public static partial void Started(ILogger logger, Guid correlationId, DateTimeOffset since, DateTimeOffset now);

    [LoggerMessage(4102, LogLevel.Information, "Handover {HandoverId}: follow-up window closed with {Made} of {Required} contact attempts; rep and manager told (correlation {CorrelationId}).")]
    public static partial void Notified(ILogger logger, Guid handoverId, int made, int required, Guid correlationId);

    [LoggerMessage(4103, LogLevel.Warning, "Handover {HandoverId}: the follow-up notice could not be sent (correlation {CorrelationId}).")]
    public static partial void NoticeFailed(ILogger logger, Exception exception, Guid handoverId, Guid correlationId);

    [LoggerMessage(4104, LogLevel.Information, "Follow-up cadence {CorrelationId} finished: {Closed} windows closed, {TakenElsewhere} checked by another run, {Overdue} behind schedule, {Notified} notices sent, {Failed} failed and given back.")]
    public static partial void Finished(ILogger logger, Guid correlationId, int closed, int takenElsewhere, int overdue, int notified, int failed);

    [LoggerMessage(4105, LogLevel.Warning, "Handover {HandoverId}: follow-up behind schedule but nobody to tell (no rep or manager on the row) (correlation {CorrelationId}).")]
    public static partial void NobodyToTell(ILogger logger, Guid handoverId, Guid correlationId);

    [LoggerMessage(4106, LogLevel.Warning, "Handover {HandoverId}: the follow-up check could not be recorded (error {ErrorCode}); the next run checks it again (correlation {CorrelationId}).")]
    public static partial void ClaimFailed(ILogger logger, Guid handoverId, int errorCode, Guid correlationId);

    [LoggerMessage(4107, LogLevel.Error, "Handover {HandoverId}: an unsent follow-up notice could not be given back (error {ErrorCode}); it will not be sent (correlation {CorrelationId}).")]
    public static partial void ReleaseFailed(ILogger logger, Guid handoverId, int errorCode, Guid correlationId);
}
