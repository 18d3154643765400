using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Dataverse.LeadHandover.Domain.Routing;

/// <summary>
/// The words stored on the handover ledger: the deciding factors of a decision, for the managers who check
/// it. Names appear here because the ledger is business data; this text is never logged.
/// </summary>
internal static class RoutingReason
{
    public static string Routed(RoutedContext context, TopCandidates top)
    {
        var chosen = context.Reps[top.IndexAt(0)];
        var text = new StringBuilder(512);
        text.Append("Chosen: ").Append(chosen.DisplayName)
            .Append(" — available (").Append(chosen.Calendar).Append("), ")
            .Append(Number(chosen.OpenHandovers)).Append(" of ").Append(Number(chosen.Capacity)).Append(" open");
        AppendFactors(text, context, chosen, leadingSeparator: true);
        text.Append(". Score ").Append(TwoDecimals(top.ScoreAt(0)))
            .Append(" (match ").Append(TwoDecimals(MatchScore.Of(context.Lead, chosen)))
            .Append(", track record ").Append(TwoDecimals(context.TrackRecordOf(chosen)))
            .Append(", rotation ").Append(TwoDecimals(context.Rotation.Score(context.Rotation.EffectiveTicks(chosen))))
            .Append("); ").Append(Number(context.Rotation.Eligible)).Append(" of ").Append(Number(context.Reps.Count)).Append(" reps eligible.");
        if (top.Count > 1)
        {
            text.Append(" Runners-up: ");
            for (var rank = 1; rank < top.Count; rank++)
            {
                var rep = context.Reps[top.IndexAt(rank)];
                text.Append(rank > 1 ? "; " : string.Empty).Append(rep.DisplayName).Append(' ').Append(TwoDecimals(top.ScoreAt(rank))).Append(" (");
                AppendFactors(text, context, rep, leadingSeparator: false);
                text.Append(')');
            }

            text.Append('.');
        }

        return text.ToString();
    }

    public static string Fallback(IneligibleTally tally, int reps, FallbackTarget target)
    {
        var why = reps == 0
            ? "Nobody eligible: no reps were given for this lead's team."
            : "Nobody eligible among " + Number(reps) + (reps == 1 ? " rep: " : " reps: ") + tally.Describe(reps) + ".";
        return why + (target.Kind == FallbackTargetKind.Queue
            ? " Sent to the queue " + target.Name + "."
            : " Assigned to the team manager " + target.Name + ".");
    }

    public static string ManagerChoice(Guid ownerId, RepCandidate? rep, RepEligibility eligibility, DateTime nowUtc)
    {
        if (rep is null)
        {
            return "Chosen by a manager: a user with no rep profile (" + ownerId + "); routing was not applied.";
        }

        var text = "Chosen by a manager: " + rep.DisplayName + "; routing was not applied.";
        return eligibility switch
        {
            RepEligibility.Eligible => text,
            RepEligibility.RejectedThisLead => text + " Honoured although they rejected this lead earlier.",
            RepEligibility.Away when rep.AwayUntilUtc is DateTime until && until > nowUtc =>
                text + " Honoured although they are away until " + until.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " UTC.",
            RepEligibility.OutsideWorkingHours => text + " Honoured although it is outside their working hours (" + rep.Calendar + ").",
            RepEligibility.AtCapacity => text + " Honoured although they are at capacity (" + Number(rep.OpenHandovers) + " of " + Number(rep.Capacity) + " open).",
            _ => text + " Honoured although they are " + IneligibleTally.Describe(eligibility) + ".",
        };
    }

    /// <summary>"a", "a and b", "a, b and c".</summary>
    public static string List(IReadOnlyList<string> items)
    {
        var text = new StringBuilder();
        for (var i = 0; i < items.Count; i++)
        {
            text.Append(i == 0 ? string.Empty : i == items.Count - 1 ? " and " : ", ").Append(items[i]);
        }

        return text.ToString();
    }

    private static void AppendFactors(StringBuilder text, RoutedContext context, RepCandidate rep, bool leadingSeparator)
    {
        const string separator = ", ";
        var match = MatchScore.Describe(context.Lead, rep);
        var first = !leadingSeparator;
        if (match is not null)
        {
            text.Append(first ? string.Empty : separator).Append(match);
            first = false;
        }

        text.Append(first ? string.Empty : separator).Append(TrackRecordScore.Describe(rep, context.Lead, context.Policy, context.Baseline, context.BaselineIsTeamMedian));
        text.Append(separator).Append(Rotation(context, rep));
    }

    private static string Rotation(RoutedContext context, RepCandidate rep)
    {
        var line = context.Rotation;
        var effective = line.EffectiveTicks(rep);
        var last = rep.LastAssignedUtc;
        if (RotationLine.IsCatchingUp(rep))
        {
            var since = last is DateTime previous ? "back from absence, last assigned " + Ago(context.NowUtc - previous) : "back from absence, never assigned before";
            return line.IsHeldBack(rep)
                ? since + ", waiting counted from their return plus " + Number(context.Policy.CatchUpTurns) + (context.Policy.CatchUpTurns == 1 ? " catch-up turn" : " catch-up turns")
                : since;
        }

        if (last is not DateTime assigned)
        {
            return "never assigned before, so first in line";
        }

        var ago = Ago(context.NowUtc - assigned);
        return line.IsNextInLine(effective) ? "least recently assigned (" + ago + ")" : "last assigned " + ago;
    }

    private static string Ago(TimeSpan elapsed)
    {
        if (elapsed < TimeSpan.FromMinutes(1))
        {
            return "just now";
        }

        if (elapsed < TimeSpan.FromHours(1))
        {
            return Number((int)elapsed.TotalMinutes) + " min ago";
        }

        return elapsed < TimeSpan.FromHours(48)
            ? Number((int)elapsed.TotalHours) + " h ago"
            : Number((int)elapsed.TotalDays) + " d ago";
    }

    /// <summary>A 0-to-1 score as "0.84".</summary>
    internal static string TwoDecimals(double score) => score.ToString("0.00", CultureInfo.InvariantCulture);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
