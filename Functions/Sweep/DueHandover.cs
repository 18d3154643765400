using System;
using Dataverse.LeadHandover.Functions.Dataverse;

namespace Dataverse.LeadHandover.Functions.Sweep;

/// <summary>
/// One Awaiting handover the due-work query returned, with what the sweep needs to decide and to tell people:
/// its ledger state and row version, the rep's calendar inputs, and the lead, rep, manager and manager's manager
/// from linked rows (so a sweep reads them in the same request as the handover).
/// </summary>
public sealed record DueHandover
{
    public required Guid Id { get; init; }

    public Guid? LeadId { get; init; }

    public string? LeadName { get; init; }

    public string? LeadCompany { get; init; }

    public string? LeadTopic { get; init; }

    public RepContact? Rep { get; init; }

    public RepContact? Manager { get; init; }

    /// <summary>The manager's own manager (<c>systemuser.parentsystemuserid</c>), told about automatic reassignments.</summary>
    public RepContact? ManagersManager { get; init; }

    /// <summary><c>lh_tier</c>; values in <c>LeadTier</c>.</summary>
    public int? Tier { get; init; }

    public DateTime? AssignedOn { get; init; }

    public DateTime? DueOn { get; init; }

    /// <summary>Ladder steps already taken (<c>lh_escalationlevel</c>, empty meaning 0).</summary>
    public int EscalationLevel { get; init; }

    /// <summary><c>lh_notificationstatus</c>; values in <c>NotificationStatus</c>.</summary>
    public int? NotificationStatus { get; init; }

    public int NotificationAttempts { get; init; }

    public DateTime? NextNotificationAttemptOn { get; init; }

    public int LinkTokenVersion { get; init; }

    /// <summary>The rep's active profile: its own time zone, working hours and business calendar (all empty without one).</summary>
    public string? ProfileTimeZone { get; init; }

    public string? ProfileWorkingHours { get; init; }

    public Guid? ProfileCalendarId { get; init; }

    /// <summary>The row's version when read: every step is written only if it still matches.</summary>
    public string? RowVersion { get; init; }
}
