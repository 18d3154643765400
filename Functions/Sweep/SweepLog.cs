using System;
using Dataverse.LeadHandover.Domain.Sla;
using Microsoft.Extensions.Logging;

namespace Dataverse.LeadHandover.Functions.Sweep;

/// <summary>The SLA sweep's log lines: handover ids, Dataverse error codes and the run's correlation id; never names or card text.</summary>
internal static partial class SweepLog
{
    [LoggerMessage(4001, LogLevel.Information, "SLA sweep {CorrelationId}: {Rows} candidate rows read, {Steps} ladder steps and {Notifications} notifications due (backlog left for the next run: {Backlog}).")]
    public static partial void Planned(ILogger logger, Guid correlationId, int rows, int steps, int notifications, bool backlog);

    [LoggerMessage(4002, LogLevel.Information, "Handover {HandoverId}: {Action} applied, escalation level now {Level} (correlation {CorrelationId}).")]
    public static partial void StepApplied(ILogger logger, Guid handoverId, EscalationAction action, int level, Guid correlationId);

    [LoggerMessage(4003, LogLevel.Information, "Handover {HandoverId}: {Action} skipped, the row changed since it was read (another run took the step, or the handover moved on) (correlation {CorrelationId}).")]
    public static partial void StepTakenElsewhere(ILogger logger, Guid handoverId, EscalationAction action, Guid correlationId);

    [LoggerMessage(4004, LogLevel.Warning, "Handover {HandoverId}: {Action} failed with Dataverse error {ErrorCode}; the next run tries again (correlation {CorrelationId}).")]
    public static partial void StepFailed(ILogger logger, Guid handoverId, EscalationAction action, int errorCode, Guid correlationId);

    [LoggerMessage(4005, LogLevel.Warning, "Dataverse service protection limit (error {ErrorCode}): waiting {Wait} before try {Attempt} (correlation {CorrelationId}).")]
    public static partial void Throttled(ILogger logger, int errorCode, TimeSpan wait, int attempt, Guid correlationId);

    [LoggerMessage(4006, LogLevel.Warning, "Handover {HandoverId}: the Teams notice for {Action} failed; Teams is treated as unavailable for the rest of this run (correlation {CorrelationId}).")]
    public static partial void NoticeFailed(ILogger logger, Exception exception, Guid handoverId, EscalationAction action, Guid correlationId);

    [LoggerMessage(4007, LogLevel.Warning, "Teams is unavailable: {Released} ladder steps given back to the ledger and {Untouched} left untouched, all for the next run (correlation {CorrelationId}).")]
    public static partial void TeamsUnavailable(ILogger logger, int released, int untouched, Guid correlationId);

    [LoggerMessage(4008, LogLevel.Warning, "Handover {HandoverId}: {Action} has nobody to tell (no manager on the ledger row or no rep); the step is recorded without a notice (correlation {CorrelationId}).")]
    public static partial void NobodyToTell(ILogger logger, Guid handoverId, EscalationAction action, Guid correlationId);

    [LoggerMessage(4009, LogLevel.Warning, "Handover {HandoverId}: the undelivered notification failed again; the ledger holds its next attempt (correlation {CorrelationId}).")]
    public static partial void NotificationRetryFailed(ILogger logger, Exception exception, Guid handoverId, Guid correlationId);

    [LoggerMessage(4010, LogLevel.Information, "SLA sweep {CorrelationId} finished: {Reminded} reminded, {Escalated} escalated, {Reassigned} reassigned, {TakenElsewhere} taken elsewhere, {Failed} failed, {Notified} notifications sent, {NotificationsFailed} notifications failed, {Released} released.")]
    public static partial void Finished(ILogger logger, Guid correlationId, int reminded, int escalated, int reassigned, int takenElsewhere, int failed, int notified, int notificationsFailed, int released);

    [LoggerMessage(4011, LogLevel.Warning, "Handover {HandoverId}: its {Action} step could not be given back after a failed notice (the row changed meanwhile) (correlation {CorrelationId}).")]
    public static partial void ReleaseMissed(ILogger logger, Guid handoverId, EscalationAction action, Guid correlationId);

    [LoggerMessage(4012, LogLevel.Warning, "Handover {HandoverId}: skipped, Dataverse returned it without a row version, so its step could not be taken safely (correlation {CorrelationId}).")]
    public static partial void NoRowVersion(ILogger logger, Guid handoverId, Guid correlationId);
}
