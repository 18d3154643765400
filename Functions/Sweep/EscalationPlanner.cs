using System;
using Dataverse.LeadHandover.Domain.Schema;

namespace Dataverse.LeadHandover.Functions.Sweep;

/// <summary>
/// Decides, for one row the due-work query returned, what is really due now: the next ladder step, measured by
/// <c>EscalationLadder</c> in business time on the rep's calendar, and whether its notification should be sent again.
/// </summary>
public static class EscalationPlanner
{
    /// <summary>The ladder step due now, or <see langword="null"/> (not yet due in business time, or every step taken).</summary>
    public static LadderStep? NextStep(DueHandover handover, SweepReferenceData reference, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(handover);
        ArgumentNullException.ThrowIfNull(reference);
        if (handover.AssignedOn is not DateTime assigned || handover.DueOn is not DateTime due || handover.EscalationLevel < 0)
        {
            return null;
        }

        var calendar = reference.Calendars.ForOrFallback(handover.ProfileTimeZone, handover.ProfileWorkingHours, handover.ProfileCalendarId);
        var step = reference.Settings.Ladder.NextDue(handover.EscalationLevel, assigned, due, DateTime.SpecifyKind(nowUtc, DateTimeKind.Utc), calendar);
        return step is null ? null : new LadderStep(handover, step, calendar);
    }

    /// <summary>
    /// Whether the handover's card still has to go out: Pending or Failed, attempts left, and either its next attempt
    /// is due or it was never attempted and the webhook's fast path has had <paramref name="grace"/> to send it.
    /// </summary>
    public static bool NeedsNotification(DueHandover handover, SweepSettings settings, DateTime nowUtc, TimeSpan grace)
    {
        ArgumentNullException.ThrowIfNull(handover);
        ArgumentNullException.ThrowIfNull(settings);
        if (handover.NotificationStatus is not (NotificationStatus.Pending or NotificationStatus.Failed)
            || handover.NotificationAttempts >= settings.MaxNotificationAttempts)
        {
            return false;
        }

        return handover.NextNotificationAttemptOn is DateTime next
            ? next <= nowUtc
            : handover.AssignedOn is DateTime assigned && assigned <= nowUtc - grace;
    }
}
