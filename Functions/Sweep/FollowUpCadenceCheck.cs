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
            .Select(candidate => (Candidate: candidate, Status: FollowUpStatus.Evaluate(
                reference.TierOf(candidate.Tier).MinimumContactAttempts,
                candidate.AssignedOn,
                made.TryGetValue(candidate.LeadId, out var times) ? times : [],
                now.UtcDateTime)))
            .ToList();
        var claimed = await ClaimAsync(checks.Select(check => check.Candidate).ToList(), now.UtcDateTime, correlationId, cancellationToken);

        int overdue = 0, notified = 0;
        var unsent = new List<Guid>();
        foreach (var (candidate, status) in checks.Where(check => claimed.Contains(check.Candidate.HandoverId) && check.Status.IsOverdue))
        {
            overdue++;
            var rule = reference.TierOf(candidate.Tier).MinimumContactAttempts;
            if (unsent.Count > 0)
            {
                // Every later post would wait out the same failure: give the rest back for the next run.
                unsent.Add(candidate.HandoverId);
                continue;
            }

            var notice = composer.ForFollowUp(candidate, status);
            if (notice is null)
            {
                FollowUpLog.NobodyToTell(logger, candidate.HandoverId, correlationId);
                continue;
            }

            try
            {
                await notices.SendAsync(candidate.HandoverId, notice, cancellationToken);
                notified++;
                FollowUpLog.Notified(logger, candidate.HandoverId, status.AttemptsMade, rule.Count, correlationId);
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                unsent.Add(candidate.HandoverId);
                FollowUpLog.NoticeFailed(logger, exception, candidate.HandoverId, correlationId);
            }
        }

        await ReleaseAsync(unsent, correlationId, cancellationToken);
        var takenElsewhere = candidates.Count - claimed.Count;
        FollowUpLog.Finished(logger, correlationId, candidates.Count, takenElsewhere, overdue, notified, unsent.Count);
        return new FollowUpReport
        {
            WindowsClosed = candidates.Count,
            TakenElsewhere = takenElsewhere,
            Overdue = overdue,
            Notified = notified,
            NoticesFailed = unsent.Count,
        };
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
    private async Task<HashSet<Guid>> ClaimAsync(IReadOnlyList<FollowUpCandidate> candidates, DateTime nowUtc, Guid correlationId, CancellationToken cancellationToken)
    {
        var claimed = new HashSet<Guid>();
        foreach (var chunk in candidates.Chunk(options.Value.BatchSize))
        {
            var results = await writer.WriteAsync(chunk.Select(candidate => (OrganizationRequest)FollowUpRequests.Claim(candidate, nowUtc)).ToList(), correlationId, cancellationToken);
            for (var i = 0; i < results.Count; i++)
            {
                if (results[i].Outcome == StepOutcome.Applied)
                {
                    claimed.Add(chunk[i].HandoverId);
                }
                else if (results[i].Outcome == StepOutcome.Failed)
                {
                    FollowUpLog.ClaimFailed(logger, chunk[i].HandoverId, results[i].ErrorCode, correlationId);
                }
            }
        }

        return claimed;
    }

    private async Task ReleaseAsync(IReadOnlyList<Guid> handoverIds, Guid correlationId, CancellationToken cancellationToken)
    {
        foreach (var chunk in handoverIds.Chunk(options.Value.BatchSize))
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
