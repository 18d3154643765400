using System;
using Dataverse.LeadHandover.Domain.Sla;

namespace Dataverse.LeadHandover.Functions.Sweep;

/// <summary>The counts one SLA sweep keeps while it works, and whether Teams has failed it.</summary>
internal sealed class SweepTally(Guid correlationId)
{
    public Guid CorrelationId { get; } = correlationId;

    public bool TeamsUnavailable { get; set; }

    public int Reminded { get; set; }

    public int Escalated { get; set; }

    public int Reassigned { get; set; }

    public int TakenElsewhere { get; set; }

    public int Failed { get; set; }

    public int NotificationsSent { get; set; }

    public int NotificationsFailed { get; set; }

    public int Released { get; set; }

    public int Untouched { get; set; }

    public void Count(EscalationAction action)
    {
        switch (action)
        {
            case EscalationAction.Remind:
                Reminded++;
                break;
            case EscalationAction.EscalateToManager:
                Escalated++;
                break;
            default:
                Reassigned++;
                break;
        }
    }
}
