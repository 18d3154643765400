using System;
using System.Globalization;

namespace Dataverse.LeadHandover.Domain.Sla;

/// <summary>One rung of the escalation ladder: <see cref="Action"/> once <see cref="PercentOfSla"/> of the SLA has passed.</summary>
public sealed class EscalationStep
{
    public EscalationStep(EscalationAction action, int percentOfSla)
    {
        if (percentOfSla <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(percentOfSla), percentOfSla, "An escalation step is due after more than 0 % of the SLA.");
        }

        Action = action;
        PercentOfSla = percentOfSla;
    }

    public EscalationAction Action { get; }

    /// <summary>Business time passed, as a percentage of the SLA (50 = half-way, 200 = twice the SLA).</summary>
    public int PercentOfSla { get; }

    public override string ToString() => Action + " at " + PercentOfSla.ToString(CultureInfo.InvariantCulture) + " %";
}
