namespace Dataverse.LeadHandover.Domain.Sla;

/// <summary>What the SLA sweep does when a handover reaches a step of the escalation ladder.</summary>
public enum EscalationAction
{
    /// <summary>Remind the assigned rep.</summary>
    Remind,

    /// <summary>Tell the rep's manager.</summary>
    EscalateToManager,

    /// <summary>Take the lead away and route it again, without the rep who let it lapse.</summary>
    Reassign,
}
