using Dataverse.LeadHandover.Functions.Options;
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Dataverse.LeadHandover.Domain.FollowUp;
using Dataverse.LeadHandover.Domain.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.PowerPlatform.Dataverse.Client;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.LeadHandover.Functions.Sweep;

/// <summary>
/// One run of the follow-up cadence: finds the handovers whose follow-up window has closed and that no run has
/// checked yet, counts their completed contact attempts inside the window (<see cref="FollowUpStatus"/>, the rule the
/// disqualification gate uses), records the check on the ledger and tells the rep and the manager about each one
/// behind schedule.
/// </summary>
/// <remarks>
/// "Once per window" is the ledger's: each check is claimed with <c>IfRowVersionMatches</c> before anyone is told, so
/// overlapping runs never tell twice, and missed runs need no bookkeeping; a notice that cannot be sent is given back
/// so the next run sends it. Windows that closed more than <see cref="SweepOptions.FollowUpCatchUpLimit"/> ago are not
/// chased (the package installed on an old ledger, or a long outage).
/// </remarks>
public sealed class FollowUpCadenceCheck(
    SweepReferenceReader references,
    IOrganizationServiceAsync2 dataverse,
    ThrottleGuard throttle,
    BatchWriter writer,
    ContactAttemptLog attempts,
    SlaNoticeComposer composer,
    ISlaNotices notices,
    TimeProvider time,
    IOptions<SweepOptions> options,
    ILogger<FollowUpCadenceCheck> logger)
{
    /// <summary>How long giving back unsent notices may take, also when the run itself is being cancelled.</summary>
    public static readonly TimeSpan GiveBackTimeout = TimeSpan.FromSeconds(30);

    /// <summary>One closed window and what its contact attempts say.</summary>
    private sealed record FollowUpCheck(FollowUpCandidate Candidate, FollowUpStatus Status);

    /// <summary>What a run has done so far.</summary>
    private sealed class FollowUpTally
    {
        public int TakenElsewhere { get; set; }

        public int Overdue { get; set; }

        public int Notified { get; set; }

        public int GivenBack { get; set; }

        public bool TeamsUnavailable { get; set; }
    }

    public async Task<FollowUpReport> RunAsync(CancellationToken cancellationToken)
    {
        var correlationId = Guid.NewGuid();
        var settings = options.Value;
        var now = time.GetUtcNow();
        var since = now - settings.FollowUpCatchUpLimit;
        FollowUpLog.Started(logger, correlationId, since, now);
        var reference = await references.GetAsync(correlationId, cancellationToken);
        var candidates = await ReadAsync(FollowUpQuery.Build(reference, since.UtcDateTime, now.UtcDateTime, settings.PageSize), reference, correlationId, cancellationToken);
        var made = candidates.Count == 0
            ? new Dictionary<Guid, List<DateTime>>()
            : await attempts.CompletedRegardingAsync(candidates.Select(candidate => candidate.LeadId).ToList(), correlationId, cancellationToken);

        var checks = candidates
            .Select(candidate => new FollowUpCheck(candidate, FollowUpStatus.Evaluate(
                reference.TierOf(candidate.Tier).MinimumContactAttempts,
                candidate.AssignedOn,
                made.TryGetValue(candidate.LeadId, out var times) ? times : [],
                now.UtcDateTime)))
            .ToList();

        var run = new FollowUpTally();
        foreach (var chunk in checks.Chunk(settings.BatchSize))
        {
            await CheckChunkAsync(chunk, reference, now.UtcDateTime, run, correlationId, cancellationToken);
        }

        FollowUpLog.Finished(logger, correlationId, candidates.Count, run.TakenElsewhere, run.Overdue, run.Notified, run.GivenBack);
        return new FollowUpReport
        {
            WindowsClosed = candidates.Count,
            TakenElsewhere = run.TakenElsewhere,
            Overdue = run.Overdue,
            Notified = run.Notified,
            NoticesFailed = run.GivenBack,
        };
    }

    /// <summary>
    /// Claims a batch of checks, tells about the overdue ones it claimed, and gives back every claimed notice that did
    /// not go out — whatever ends the batch: Teams failing, a cancelled run, a host shutting down.
    /// </summary>
    private async Task CheckChunkAsync(FollowUpCheck[] chunk, SweepReferenceData reference, DateTime nowUtc, FollowUpTally run, Guid correlationId, CancellationToken cancellationToken)
    {
        var claimed = await ClaimAsync(chunk.Select(check => check.Candidate).ToList(), nowUtc, run, correlationId, cancellationToken);
        var due = chunk.Where(check => claimed.Contains(check.Candidate.HandoverId) && check.Status.IsOverdue).ToList();
        var done = new HashSet<Guid>();
        try
        {
            foreach (var (candidate, status) in due)
            {
                run.Overdue++;
                cancellationToken.ThrowIfCancellationRequested();
                if (run.TeamsUnavailable)
                {
                    // Every later post would wait out the same failure: these are given back for the next run.
                    continue;
                }

                var notice = composer.ForFollowUp(candidate, status);
                if (notice is null)
                {
                    FollowUpLog.NobodyToTell(logger, candidate.HandoverId, correlationId);
                    done.Add(candidate.HandoverId);
                    continue;
                }

                try
                {
                    await notices.SendAsync(candidate.HandoverId, notice, cancellationToken);
                    done.Add(candidate.HandoverId);
                    run.Notified++;
                    FollowUpLog.Notified(logger, candidate.HandoverId, status.AttemptsMade, reference.TierOf(candidate.Tier).MinimumContactAttempts.Count, correlationId);
                }
                catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                {
                    run.TeamsUnavailable = true;
                    FollowUpLog.NoticeFailed(logger, exception, candidate.HandoverId, correlationId);
                }
            }
        }
        finally
        {
            var unsent = due.Select(check => check.Candidate.HandoverId).Where(id => !done.Contains(id)).ToList();
            run.GivenBack += unsent.Count;

            // Given back even when the run is being cancelled, within a short time of its own.
            using var giveBack = new CancellationTokenSource(GiveBackTimeout, time);
            try
            {
                await ReleaseAsync(unsent, correlationId, giveBack.Token);
            }
            catch (Exception exception) when (unsent.Count > 0)
            {
                // Logged, not thrown: an exception already on its way out of this batch must not be replaced.
                foreach (var id in unsent)
                {
                    FollowUpLog.ReleaseFailed(logger, id, exception.HResult, correlationId);
                }
            }
        }
    }

    private async Task<List<FollowUpCandidate>> ReadAsync(QueryExpression query, SweepReferenceData reference, Guid correlationId, CancellationToken cancellationToken)
    {
        var candidates = new List<FollowUpCandidate>();
        while (true)
        {
            var page = await throttle.CallAsync(token => dataverse.RetrieveMultipleAsync(query, token), correlationId, cancellationToken);
            candidates.AddRange(page.Entities.Select(row => Map(row, reference)).OfType<FollowUpCandidate>());
            if (!page.MoreRecords)
            {
                return candidates.DistinctBy(candidate => candidate.HandoverId).ToList();
            }

            query.PageInfo.PageNumber++;
            query.PageInfo.PagingCookie = page.PagingCookie;
        }
    }

    /// <summary>The handovers this run recorded the check on, and so is the one to tell about.</summary>
    private async Task<HashSet<Guid>> ClaimAsync(IReadOnlyList<FollowUpCandidate> candidates, DateTime nowUtc, FollowUpTally run, Guid correlationId, CancellationToken cancellationToken)
    {
        var claimed = new HashSet<Guid>();
        var claimable = candidates.Where(candidate => candidate.RowVersion is not null).ToList();
        foreach (var candidate in candidates.Where(candidate => candidate.RowVersion is null))
        {
            SweepLog.NoRowVersion(logger, candidate.HandoverId, correlationId);
        }

        var results = await writer.WriteAsync(claimable.Select(candidate => (OrganizationRequest)FollowUpRequests.Claim(candidate, nowUtc)).ToList(), correlationId, cancellationToken);
        for (var i = 0; i < results.Count; i++)
        {
            switch (results[i].Outcome)
            {
                case StepOutcome.Applied:
                    claimed.Add(claimable[i].HandoverId);
                    break;
                case StepOutcome.Changed:
                    run.TakenElsewhere++;
                    break;
                default:
                    FollowUpLog.ClaimFailed(logger, claimable[i].HandoverId, results[i].ErrorCode, correlationId);
                    break;
            }
        }

        return claimed;
    }

    private async Task ReleaseAsync(IReadOnlyList<Guid> handoverIds, Guid correlationId, CancellationToken cancellationToken)
    {
        foreach (var chunk in handoverIds.Chunk(BatchWriter.MaxBatchSize))
        {
            var results = await writer.WriteAsync(chunk.Select(id => (OrganizationRequest)FollowUpRequests.Release(id)).ToList(), correlationId, cancellationToken);
            for (var i = 0; i < results.Count; i++)
            {
                if (results[i].Outcome != StepOutcome.Applied)
                {
                    FollowUpLog.ReleaseFailed(logger, chunk[i], results[i].ErrorCode, correlationId);
                }
            }
        }
    }

    private static FollowUpCandidate? Map(Entity row, SweepReferenceData reference)
    {
        if (row.GetAttributeValue<EntityReference>(HandoverSchema.LeadId) is not { } lead
            || row.GetAttributeValue<DateTime?>(HandoverSchema.AssignedOn) is not DateTime assigned)
        {
            return null;
        }

        var calendar = reference.Calendars.ForOrFallback(
            LinkedColumn.Value<string>(row, FollowUpQuery.ProfileAlias, RepProfileSchema.TimeZone),
            LinkedColumn.Value<string>(row, FollowUpQuery.ProfileAlias, RepProfileSchema.WorkingHours),
            LinkedColumn.Value<EntityReference>(row, FollowUpQuery.ProfileAlias, RepProfileSchema.CalendarId)?.Id);
        return new FollowUpCandidate
        {
            HandoverId = row.Id,
            LeadId = lead.Id,
            LeadName = LinkedColumn.Value<string>(row, FollowUpQuery.LeadAlias, LeadSchema.FullName),
            LeadCompany = LinkedColumn.Value<string>(row, FollowUpQuery.LeadAlias, LeadSchema.CompanyName),
            Rep = LinkedColumn.User(row, HandoverSchema.RepId, FollowUpQuery.RepAlias),
            Manager = LinkedColumn.User(row, HandoverSchema.ManagerId, FollowUpQuery.ManagerAlias),
            Tier = row.GetAttributeValue<OptionSetValue>(HandoverSchema.Tier)?.Value,
            AssignedOn = DateTime.SpecifyKind(assigned, DateTimeKind.Utc),
            RowVersion = row.RowVersion,
            TimeZoneId = calendar.TimeZoneId,
        };
    }
}
