using Dataverse.LeadHandover.Functions.Options;
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Dataverse.LeadHandover.Domain.Sla;
using Dataverse.LeadHandover.Functions.Notifications;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.Functions.Sweep;

/// <summary>
/// One run of the SLA sweep. It reads only due work (<see cref="DueWorkQuery"/>, paged), decides each row on the
/// rep's calendar, sends again the handover cards the fast path never delivered (through the same
/// <see cref="HandoverNotifier"/>), then takes the ladder steps in ExecuteMultiple batches, each step claimed on the
/// ledger with the row version read, and tells people once a step is recorded. Everything is decided from the ledger
/// as it is now, so a late or missed run catches up by itself; overlapping runs cannot take a step twice, because the
/// second claim's row version no longer matches.
/// </summary>
public sealed class SlaSweeper(
    SweepReferenceReader references,
    DueHandoverReader reader,
    BatchWriter writer,
    StepRelease release,
    SlaNoticeComposer composer,
    ISlaNotices notices,
    HandoverNotifier notifier,
    TimeProvider time,
    IOptions<SweepOptions> options,
    ILogger<SlaSweeper> logger)
{
    public async Task<SweepReport> RunAsync(CancellationToken cancellationToken)
    {
        var correlationId = Guid.NewGuid();
        var settings = options.Value;
        var now = time.GetUtcNow().UtcDateTime;
        var reference = await references.GetAsync(correlationId, cancellationToken);

        var steps = new List<LadderStep>();
        var undelivered = new List<DueHandover>();
        var rows = 0;
        var backlog = false;
        var query = DueWorkQuery.Build(reference, now, settings.UndeliveredGrace, settings.PageSize);
        await foreach (var page in reader.PagesAsync(query, correlationId, cancellationToken))
        {
            foreach (var handover in page)
            {
                if (steps.Count + undelivered.Count >= settings.MaxStepsPerRun)
                {
                    backlog = true;
                    break;
                }

                rows++;
                if (EscalationPlanner.NeedsNotification(handover, reference.Settings, now, settings.UndeliveredGrace))
                {
                    undelivered.Add(handover);
                }

                if (EscalationPlanner.NextStep(handover, reference, now) is { } step)
                {
                    if (handover.RowVersion is null)
                    {
                        SweepLog.NoRowVersion(logger, handover.Id, correlationId);
                        continue;
                    }

                    steps.Add(step);
                }
            }

            if (backlog)
            {
                break;
            }
        }

        SweepLog.Planned(logger, correlationId, rows, steps.Count, undelivered.Count, backlog);
        var run = new SweepTally(correlationId);
        await ResendAsync(undelivered, run, cancellationToken);
        foreach (var batch in steps.Chunk(settings.BatchSize))
        {
            if (run.TeamsUnavailable)
            {
                run.Untouched += batch.Length;
                continue;
            }

            await TakeAsync(batch, run, cancellationToken);
        }

        if (run.TeamsUnavailable)
        {
            SweepLog.TeamsUnavailable(logger, run.Released, run.Untouched, correlationId);
        }

        SweepLog.Finished(logger, correlationId, run.Reminded, run.Escalated, run.Reassigned, run.TakenElsewhere, run.Failed, run.NotificationsSent, run.NotificationsFailed, run.Released);
        return new SweepReport
        {
            RowsRead = rows,
            Reminded = run.Reminded,
            Escalated = run.Escalated,
            Reassigned = run.Reassigned,
            TakenElsewhere = run.TakenElsewhere,
            Failed = run.Failed,
            NotificationsSent = run.NotificationsSent,
            NotificationsFailed = run.NotificationsFailed,
            Released = run.Released,
            Backlog = backlog || run.TeamsUnavailable,
        };
    }

    private async Task ResendAsync(List<DueHandover> undelivered, SweepTally run, CancellationToken cancellationToken)
    {
        foreach (var handover in undelivered)
        {
            try
            {
                var outcome = await notifier.NotifyAsync(new HandoverNotificationMessage(handover.Id, run.CorrelationId), cancellationToken);
                if (outcome == NotificationOutcome.Sent)
                {
                    run.NotificationsSent++;
                }
                else if (outcome == NotificationOutcome.Failed)
                {
                    // Recorded on the ledger with its next attempt; every later post would wait out the same failure.
                    run.NotificationsFailed++;
                    run.TeamsUnavailable = true;
                    return;
                }
            }
            catch (Exception exception) when (!IsCancellation(exception, cancellationToken))
            {
                // Teams failures are outcomes, not exceptions: this is Dataverse failing for this row. The next run
                // reads it again; the other rows and the ladder go on.
                run.NotificationsFailed++;
                SweepLog.NotificationRetryFailed(logger, exception, handover.Id, run.CorrelationId);
            }
        }
    }

    private async Task TakeAsync(IReadOnlyList<LadderStep> batch, SweepTally run, CancellationToken cancellationToken)
    {
        var results = await writer.WriteAsync(batch.Select(EscalationRequests.For).ToList(), run.CorrelationId, cancellationToken);
        var applied = new List<LadderStep>(batch.Count);
        for (var i = 0; i < batch.Count; i++)
        {
            var step = batch[i];
            switch (results[i].Outcome)
            {
                case StepOutcome.Applied:
                    SweepLog.StepApplied(logger, step.Handover.Id, step.Action, step.NextLevel, run.CorrelationId);
                    applied.Add(step);
                    break;
                case StepOutcome.Changed:
                    run.TakenElsewhere++;
                    SweepLog.StepTakenElsewhere(logger, step.Handover.Id, step.Action, run.CorrelationId);
                    break;
                default:
                    run.Failed++;
                    SweepLog.StepFailed(logger, step.Handover.Id, step.Action, results[i].ErrorCode, run.CorrelationId);
                    break;
            }
        }

        var unsent = new List<LadderStep>();
        foreach (var step in applied)
        {
            if (run.TeamsUnavailable)
            {
                KeepOrGiveBack(step, run, unsent);
                continue;
            }

            var notice = composer.ForStep(step);
            if (notice is null)
            {
                SweepLog.NobodyToTell(logger, step.Handover.Id, step.Action, run.CorrelationId);
                run.Count(step.Action);
                continue;
            }

            try
            {
                await notices.SendAsync(step.Handover.Id, notice, cancellationToken);
                run.Count(step.Action);
            }
            catch (Exception exception) when (!IsCancellation(exception, cancellationToken))
            {
                SweepLog.NoticeFailed(logger, exception, step.Handover.Id, step.Action, run.CorrelationId);
                run.TeamsUnavailable = true;
                KeepOrGiveBack(step, run, unsent);
            }
        }

        if (unsent.Count > 0)
        {
            run.Released += await release.ReleaseAsync(unsent, run.CorrelationId, cancellationToken);
        }
    }

    // A reassignment has already moved the lead; only its notice is lost. Any other step goes back to the ledger.
    private static void KeepOrGiveBack(LadderStep step, SweepTally run, List<LadderStep> unsent)
    {
        if (step.Action == EscalationAction.Reassign)
        {
            run.Count(step.Action);
        }
        else
        {
            unsent.Add(step);
        }
    }

    private static bool IsCancellation(Exception exception, CancellationToken cancellationToken) =>
        exception is OperationCanceledException && cancellationToken.IsCancellationRequested;
}
