using Dataverse.LeadHandover.Domain.Sla;

namespace Dataverse.LeadHandover.Functions.Sweep;

/// <summary>A ladder step the sweep is about to take on a handover, and the calendar it was measured on.</summary>
/// <param name="Handover">The handover as read, with the row version the step is written against.</param>
/// <param name="Step">The step due now.</param>
/// <param name="Calendar">The rep's calendar, for times shown in the rep's zone.</param>
public sealed record LadderStep(DueHandover Handover, EscalationStep Step, BusinessCalendar Calendar)
{
    public EscalationAction Action => Step.Action;

    /// <summary>The escalation level once the step is taken: the ledger's record that it happened.</summary>
    public int NextLevel => Handover.EscalationLevel + 1;
}
