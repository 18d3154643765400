using System;
using System.Collections.Generic;
using System.Globalization;

namespace Dataverse.LeadHandover.Domain.Sla;

/// <summary>
/// The steps an unacknowledged handover climbs as its SLA runs out (by default: remind at 50 %, tell the
/// manager at 100 %, reassign at 200 %). A handover's escalation level is the number of steps already
/// taken; each step is taken exactly once and in order, even when a sweep finds several overdue at once.
/// </summary>
public sealed class EscalationLadder
{
    private readonly EscalationStep[] steps;

    public EscalationLadder(IReadOnlyList<EscalationStep> steps)
    {
        if (steps is null || steps.Count == 0)
        {
            throw new ArgumentException("An escalation ladder needs at least one step.", nameof(steps));
        }

        this.steps = new EscalationStep[steps.Count];
        for (var i = 0; i < steps.Count; i++)
        {
            var step = steps[i] ?? throw new ArgumentException("Escalation step " + (i + 1).ToString(CultureInfo.InvariantCulture) + " is missing.", nameof(steps));
            if (i > 0 && step.PercentOfSla <= this.steps[i - 1].PercentOfSla)
            {
                throw new ArgumentException("Escalation steps must come later and later: " + step + " is not after " + this.steps[i - 1] + ".", nameof(steps));
            }

            this.steps[i] = step;
        }
    }

    /// <summary>Remind at 50 %, escalate to the manager at 100 %, reassign at 200 % of the SLA.</summary>
    public static EscalationLadder Default { get; } = FromPercents(50, 100, 200);

    public IReadOnlyList<EscalationStep> Steps => steps;

    /// <summary>The usual three steps at the given percentages of the SLA (from the sweep settings).</summary>
    public static EscalationLadder FromPercents(int remindAtPercent, int escalateToManagerAtPercent, int reassignAtPercent) =>
        new(new[]
        {
            new EscalationStep(EscalationAction.Remind, remindAtPercent),
            new EscalationStep(EscalationAction.EscalateToManager, escalateToManagerAtPercent),
            new EscalationStep(EscalationAction.Reassign, reassignAtPercent),
        });

    /// <summary>
    /// The next step to take for a handover at <paramref name="escalationLevel"/> (steps already taken) when
    /// <paramref name="fractionElapsed"/> of its SLA has passed (see <see cref="SlaClock.FractionElapsed"/>);
    /// null when it isn't due yet or every step has been taken. Take it, then raise the level by one.
    /// </summary>
    public EscalationStep? NextDue(int escalationLevel, double fractionElapsed)
    {
        var next = NextStep(escalationLevel);
        return next is not null && fractionElapsed * 100d >= next.PercentOfSla ? next : null;
    }

    /// <summary>As <see cref="NextDue(int, double)"/>, measuring the business time passed since assignment exactly (no rounding).</summary>
    public EscalationStep? NextDue(int escalationLevel, DateTime assignedUtc, DateTime dueUtc, DateTime nowUtc, BusinessCalendar calendar)
    {
        var next = NextStep(escalationLevel);
        if (next is null)
        {
            return null;
        }

        var assigned = UtcTime.Require(assignedUtc, nameof(assignedUtc));
        var sla = SlaClock.BusinessTicksBetween(assigned, UtcTime.Require(dueUtc, nameof(dueUtc)), calendar);
        var elapsed = SlaClock.BusinessTicksBetween(assigned, UtcTime.Require(nowUtc, nameof(nowUtc)), calendar);
        if (sla == 0)
        {
            return NextDue(escalationLevel, SlaClock.FractionElapsed(assignedUtc, dueUtc, nowUtc, calendar));
        }

        // Exact: elapsed / sla >= percent / 100, with no floating-point doubt at the boundary (decimal can't overflow here).
        return (decimal)elapsed * 100m >= (decimal)sla * next.PercentOfSla ? next : null;
    }

    private EscalationStep? NextStep(int escalationLevel)
    {
        if (escalationLevel < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(escalationLevel), escalationLevel, "An escalation level can't be negative.");
        }

        return escalationLevel < steps.Length ? steps[escalationLevel] : null;
    }
}
