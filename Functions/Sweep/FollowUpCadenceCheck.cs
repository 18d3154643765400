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

namespace Dataverse.LeadHandover.Functions.Sweep;

/// <summary>
/// One run of the follow-up cadence: finds the handovers whose follow-up window closed since the previous run,
/// counts their completed contact attempts inside the window (<see cref="FollowUpStatus"/>, the rule the
/// disqualification gate uses) and tells the rep and the manager about each one behind schedule.
/// </summary>
/// <remarks>
/// "Once per window" rests on the runs' intervals: a window is looked at by the run whose interval (from the previous
/// run, or <see cref="SweepOptions.FollowUpPeriod"/> before it) it closed in. The ledger has no column recording that
/// the notice went out, so a notice that fails is logged, not retried.
/// </remarks>
public sealed class FollowUpCadenceCheck(
    SweepReferenceReader references,
    IOrganizationServiceAsync2 dataverse,
    ThrottleGuard throttle,
    ContactAttemptLog attempts,
    SlaNoticeComposer composer,
    ISlaNotices notices,
    TimeProvider time,
    IOptions<SweepOptions> options,
    ILogger<FollowUpCadenceCheck> logger)
{
    /// <param name="previousRunUtc">When the previous run happened, as the timer reports it; <see langword="null"/> when unknown.</param>
    public async Task<FollowUpReport> RunAsync(DateTimeOffset? previousRunUtc, CancellationToken cancellationToken)
    {
        var correlationId = Guid.NewGuid();
        var settings = options.Value;
        var now = time.GetUtcNow();
        var since = now - settings.FollowUpPeriod;
        if (previousRunUtc is { } previous && previous < since)
        {
            since = previous;
        }

        if (since < now - settings.FollowUpCatchUpLimit)
        {
            since = now - settings.FollowUpCatchUpLimit;
        }

        FollowUpLog.Started(logger, correlationId, since, now);
        var reference = await references.GetAsync(correlationId, cancellationToken);
        var query = FollowUpQuery.Build(reference, since.UtcDateTime, now.UtcDateTime, settings.PageSize);
        var candidates = new List<FollowUpCandidate>();
        while (true)
        {
            var page = await throttle.CallAsync(token => dataverse.RetrieveMultipleAsync(query, token), correlationId, cancellationToken);
            candidates.AddRange(page.Entities.Select(row => Map(row, reference)).OfType<FollowUpCandidate>());
            if (!page.MoreRecords)
            {
                break;
            }

            query.PageInfo.PageNumber++;
            query.PageInfo.PagingCookie = page.PagingCookie;
        }

        candidates = candidates.DistinctBy(candidate => candidate.HandoverId).ToList();
        var made = candidates.Count == 0
            ? new Dictionary<Guid, List<DateTime>>()
            : await attempts.CompletedRegardingAsync(candidates.Select(candidate => candidate.LeadId).ToList(), correlationId, cancellationToken);

        int overdue = 0, notified = 0, failed = 0;
        var teamsUnavailable = false;
        foreach (var candidate in candidates)
        {
            var rule = reference.TierOf(candidate.Tier).MinimumContactAttempts;
            var status = FollowUpStatus.Evaluate(rule, candidate.AssignedOn, made.TryGetValue(candidate.LeadId, out var times) ? times : [], now.UtcDateTime);
            if (!status.IsOverdue || status.WindowEndsUtc <= since.UtcDateTime)
            {
                continue;
            }

            overdue++;
            if (teamsUnavailable)
            {
                failed++;
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
                // Every later post would wait out the same failure; the rest of this run's notices are counted as failed.
                failed++;
                teamsUnavailable = true;
                FollowUpLog.NoticeFailed(logger, exception, candidate.HandoverId, correlationId);
            }
        }

        FollowUpLog.Finished(logger, correlationId, candidates.Count, overdue, notified, failed);
        return new FollowUpReport { WindowsClosed = candidates.Count, Overdue = overdue, Notified = notified, NoticesFailed = failed };
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
            TimeZoneId = calendar.TimeZoneId,
        };
    }
}
