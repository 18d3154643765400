using System;
using System.Collections.Generic;
using Dataverse.LeadHandover.Domain.Qualification;
using Dataverse.LeadHandover.Domain.Sla;

namespace Dataverse.LeadHandover.Domain.FollowUp;

/// <summary>
/// Where a rep stands against the tier's follow-up guideline (<see cref="ContactAttemptRule"/>): at least
/// so many contact attempts within so many days of the handover.
/// </summary>
/// <remarks>
/// The window is [assigned, assigned + WithinDays × 24 h): calendar days, not business days, because the
/// guideline is about the prospect's experience of being chased. An attempt exactly at the assignment counts;
/// one exactly at the window's end is too late, as are attempts from before the handover (another rep's).
/// </remarks>
public sealed class FollowUpStatus
{
    private FollowUpStatus(ContactAttemptRule rule, DateTime windowEndsUtc, int attemptsMade, DateTime nowUtc)
    {
        Rule = rule;
        WindowEndsUtc = windowEndsUtc;
        AttemptsMade = attemptsMade;
        AttemptsStillRequired = Math.Max(0, rule.Count - attemptsMade);
        IsWindowOpen = nowUtc < windowEndsUtc;
    }

    public ContactAttemptRule Rule { get; }

    /// <summary>Attempts made inside the window.</summary>
    public int AttemptsMade { get; }

    /// <summary>Attempts still needed to meet the guideline; 0 once it is met.</summary>
    public int AttemptsStillRequired { get; }

    /// <summary>The end of the window (exclusive), UTC.</summary>
    public DateTime WindowEndsUtc { get; }

    public bool IsWindowOpen { get; }

    public bool IsMet => AttemptsStillRequired == 0;

    /// <summary>The window has closed without enough attempts.</summary>
    public bool IsOverdue => !IsWindowOpen && !IsMet;

    public static FollowUpStatus Evaluate(ContactAttemptRule rule, DateTime assignedUtc, IEnumerable<DateTime> completedAttemptsUtc, DateTime nowUtc)
    {
        if (rule is null)
        {
            throw new ArgumentNullException(nameof(rule));
        }

        if (completedAttemptsUtc is null)
        {
            throw new ArgumentNullException(nameof(completedAttemptsUtc));
        }

        if (rule.Count < 0 || rule.WithinDays < 0)
        {
            throw new ArgumentException("A contact attempt rule needs a count and a number of days that are 0 or more.", nameof(rule));
        }

        var assigned = UtcTime.Require(assignedUtc, nameof(assignedUtc));
        var now = UtcTime.Require(nowUtc, nameof(nowUtc));
        var windowEnds = assigned.AddDays(rule.WithinDays);
        var made = 0;
        foreach (var attempt in completedAttemptsUtc)
        {
            var at = UtcTime.Require(attempt, nameof(completedAttemptsUtc));
            if (at >= assigned && at < windowEnds)
            {
                made++;
            }
        }

        return new FollowUpStatus(rule, windowEnds, made, now);
    }
}
