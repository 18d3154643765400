using System;
using System.Threading;
using System.Threading.Tasks;
using Dataverse.LeadHandover.Domain.Schema;
using Dataverse.LeadHandover.Functions.Acknowledgement;
using Dataverse.LeadHandover.Functions.Dataverse;
using Dataverse.LeadHandover.Functions.Notifications.Cards;
using Dataverse.LeadHandover.Functions.Notifications.Teams;
using Dataverse.LeadHandover.Functions.Options;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Dataverse.LeadHandover.Functions.Notifications;

/// <summary>
/// Announces one handover in Teams, at most once as far as the ledger can tell. The ledger decides: a handover
/// already Sent, no longer Awaiting, or held until a later attempt time gets nothing. Each attempt is counted on the
/// row before posting, with a next-attempt time far enough ahead to cover the post, so a later sweep can resend what
/// a crash left behind; a failed post leaves the row Failed with its next attempt time, and the SLA sweep, which
/// reads rows whose next attempt is due, retries it. Failures of Teams are therefore answers, not exceptions: the
/// queue's own retries (seconds apart) would only spend the attempt budget. What does throw (Dataverse unreachable)
/// is left to the queue's retries and its poison queue.
/// </summary>
public sealed class HandoverNotifier(
    HandoverLedger ledger,
    LeadBriefReader leads,
    RepDirectory reps,
    HandoverLinks links,
    TeamsWorkflowClient teams,
    IOptions<TeamsOptions> teamsOptions,
    TimeProvider time,
    ILogger<HandoverNotifier> logger)
{
    /// <summary>Claiming retries this often when the row changes for another reason between read and claim.</summary>
    public const int ClaimRounds = 3;

    public async Task<NotificationOutcome> NotifyAsync(HandoverNotificationMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var options = teamsOptions.Value;
        for (var round = 1; ; round++)
        {
            var handover = await ledger.FindAsync(message.HandoverId, cancellationToken);
            if (SkipReason(handover) is { } skip)
            {
                NotificationLog.Skipped(logger, message.HandoverId, skip, message.CorrelationId);
                return skip;
            }

            var content = await ContentAsync(handover!, cancellationToken);
            if (content is null)
            {
                NotificationLog.Incomplete(logger, message.HandoverId, message.CorrelationId);
                return NotificationOutcome.Incomplete;
            }

            // Held for longer than the post can take, so a sweep never resends a card that is still on its way.
            var holdUntil = time.GetUtcNow() + options.TotalTimeout + options.RetryFailedAfter;
            if (await ledger.TryClaimNotificationAttemptAsync(handover!, holdUntil, cancellationToken))
            {
                return await SendAsync(handover!, content, message.CorrelationId, cancellationToken);
            }

            // The row changed since it was read. If another delivery counted an attempt, it is sending; otherwise
            // (an escalation, an edit) read it again and decide afresh.
            var now = await ledger.FindAsync(message.HandoverId, cancellationToken);
            if (now is not null && now.NotificationAttempts > handover!.NotificationAttempts)
            {
                NotificationLog.Skipped(logger, message.HandoverId, NotificationOutcome.ClaimedElsewhere, message.CorrelationId);
                return NotificationOutcome.ClaimedElsewhere;
            }

            if (round == ClaimRounds)
            {
                throw new InvalidOperationException($"Handover {message.HandoverId} kept changing while its notification was being claimed.");
            }
        }
    }

    private NotificationOutcome? SkipReason(HandoverRecord? handover) => handover switch
    {
        null => NotificationOutcome.HandoverMissing,
        { NotificationStatus: NotificationStatus.Sent } => NotificationOutcome.AlreadySent,
        { HandoverStatus: not HandoverStatus.Awaiting } => NotificationOutcome.NoLongerAwaiting,
        { NextNotificationAttemptOn: DateTime next } when next > time.GetUtcNow().UtcDateTime => NotificationOutcome.NotYetDue,
        _ => null,
    };

    private async Task<NotificationOutcome> SendAsync(
        HandoverRecord handover, HandoverCardContent content, Guid correlationId, CancellationToken cancellationToken)
    {
        var attempt = handover.NotificationAttempts + 1;
        try
        {
            await teams.PostAsync(HandoverCardPayload.Compose(content), cancellationToken);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            var nextAttemptOn = time.GetUtcNow() + teamsOptions.Value.RetryFailedAfter;
            await ledger.RecordNotificationFailedAsync(handover.Id, nextAttemptOn, cancellationToken);
            NotificationLog.Failed(logger, exception, handover.Id, attempt, nextAttemptOn, correlationId);
            return NotificationOutcome.Failed;
        }

        await ledger.RecordNotificationSentAsync(handover.Id, time.GetUtcNow(), cancellationToken);
        NotificationLog.Sent(logger, handover.Id, correlationId, attempt);
        return NotificationOutcome.Sent;
    }

    private async Task<HandoverCardContent?> ContentAsync(HandoverRecord handover, CancellationToken cancellationToken)
    {
        if (handover.LeadId is not { } leadId || handover.RepId is not { } repId)
        {
            return null;
        }

        var lead = await leads.FindAsync(leadId, cancellationToken);
        var rep = await reps.FindAsync(repId, cancellationToken);
        if (lead is null || rep is null)
        {
            return null;
        }

        var token = links.SignToken(handover.Id, repId, handover.LinkTokenVersion, time.GetUtcNow());
        return new HandoverCardContent
        {
            LeadName = FirstText(lead.FullName, lead.CompanyName, "Unnamed lead"),
            LeadContext = Context(lead),
            RepName = FirstText(rep.FullName, rep.UserPrincipalName, "Assigned rep"),
            RepMentionId = rep.EntraObjectId is { } objectId && objectId != Guid.Empty ? objectId.ToString("D") : NullIfBlank(rep.UserPrincipalName),
            DueLocal = RepLocalTime.Describe(handover.DueOn, rep.TimeZoneId),
            AssignmentReason = NullIfBlank(handover.AssignmentReason),
            Facts = BriefFacts.From(lead.HandoverBrief, handover.LeadSourceName, TierLabel(handover.Tier), lead.Completeness),
            AcknowledgeUrl = links.Acknowledge(token),
            OpenInDynamicsUrl = links.OpenLead(leadId),
            RejectUrl = links.Reject(token),
        };
    }

    private static string? Context(LeadBrief lead)
    {
        var company = string.IsNullOrWhiteSpace(lead.FullName) ? null : NullIfBlank(lead.CompanyName);
        var topic = NullIfBlank(lead.Topic);
        return company is null ? topic : topic is null ? company : company + " · " + topic;
    }

    private static string? TierLabel(int? tier) => tier switch
    {
        LeadTier.Hot => "Hot",
        LeadTier.Warm => "Warm",
        LeadTier.Cold => "Cold",
        _ => null,
    };

    private static string FirstText(string? first, string? second, string fallback) =>
        NullIfBlank(first) ?? NullIfBlank(second) ?? fallback;

    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
