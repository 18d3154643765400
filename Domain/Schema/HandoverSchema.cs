namespace Dataverse.LeadHandover.Domain.Schema;

/// <summary>
/// Logical names of the handover ledger (<c>lh_handover</c>, user-owned): one row per assignment of a lead to a rep.
/// </summary>
public static class HandoverSchema
{
    public const string EntityName = "lh_handover";

    /// <summary>Primary key.</summary>
    public const string HandoverId = "lh_handoverid";

    /// <summary>Primary name column.</summary>
    public const string Name = "lh_name";

    /// <summary>The lead that was handed over. Lookup to <c>lead</c>.</summary>
    public const string LeadId = "lh_leadid";

    /// <summary>The sales rep the lead was assigned to. Lookup to <c>systemuser</c>.</summary>
    public const string RepId = "lh_repid";

    /// <summary>The assigned rep's manager, who is told about escalations. Lookup to <c>systemuser</c>.</summary>
    public const string ManagerId = "lh_managerid";

    /// <summary>The source of the lead when it was handed over. Lookup to <c>lh_leadsource</c>.</summary>
    public const string LeadSourceId = "lh_leadsourceid";

    /// <summary>The tier the lead was handed over in. Choice <c>lh_leadtier</c>; values in <c>LeadTier</c>.</summary>
    public const string Tier = "lh_tier";

    /// <summary>When the lead was assigned to the rep; the SLA clock starts here. Date and time (stored in UTC).</summary>
    public const string AssignedOn = "lh_assignedon";

    /// <summary>When the rep must have acknowledged, counted in business hours. Date and time (stored in UTC).</summary>
    public const string DueOn = "lh_dueon";

    /// <summary>When the rep was notified in Teams. Date and time (stored in UTC).</summary>
    public const string NotifiedOn = "lh_notifiedon";

    /// <summary>When the handover was acknowledged. Date and time (stored in UTC).</summary>
    public const string AcknowledgedOn = "lh_acknowledgedon";

    /// <summary>When the rep first contacted the prospect. Date and time (stored in UTC).</summary>
    public const string FirstContactOn = "lh_firstcontacton";

    /// <summary>
    /// When the follow-up cadence checked the contact attempts of this handover's closed follow-up window (and told
    /// the rep and manager when there were too few); empty until then, and emptied again if the notice could not be sent.
    /// Date and time (stored in UTC).
    /// </summary>
    public const string FollowUpCheckedOn = "lh_followupcheckedon";

    /// <summary>Whether the rep has been notified in Teams. Choice <c>lh_notificationstatus</c>; values in <c>NotificationStatus</c>.</summary>
    public const string NotificationStatus = "lh_notificationstatus";

    /// <summary>How many times sending the Teams notification was tried. Whole number, at least 0.</summary>
    public const string NotificationAttempts = "lh_notificationattempts";

    /// <summary>When sending the Teams notification will be tried again after a failure. Date and time (stored in UTC).</summary>
    public const string NextNotificationAttemptOn = "lh_nextnotificationattempton";

    /// <summary>Where the handover stands. Choice <c>lh_handoverstatus</c>; values in <c>HandoverStatus</c>.</summary>
    public const string HandoverStatus = "lh_handoverstatus";

    /// <summary>0 while within the SLA; raised at each reminder, escalation to the manager and reassignment. Whole number, 0 to 100.</summary>
    public const string EscalationLevel = "lh_escalationlevel";

    /// <summary>Yes when the handover was not acknowledged within its SLA. Yes/no.</summary>
    public const string Breached = "lh_breached";

    /// <summary>Business minutes (working hours of the rep's calendar) between assignment and acknowledgement: the speed-to-lead measure. Whole number, at least 0.</summary>
    public const string BusinessMinutesToAcknowledge = "lh_businessminutestoacknowledge";

    /// <summary>Why this rep was chosen, in words. Multiline text, up to 2000 characters.</summary>
    public const string AssignmentReason = "lh_assignmentreason";

    /// <summary>Why the handover was rejected, reassigned or expired. Multiline text, up to 2000 characters.</summary>
    public const string OutcomeReason = "lh_outcomereason";

    /// <summary>Raised to invalidate every acknowledgement link already sent for this handover. Whole number, at least 0.</summary>
    public const string LinkTokenVersion = "lh_linktokenversion";

    /// <summary>The user who acknowledged the handover. Lookup to <c>systemuser</c>.</summary>
    public const string AcknowledgedById = "lh_acknowledgedbyid";

    /// <summary>Yes when a manager acknowledged for the assigned rep. Yes/no.</summary>
    public const string AcknowledgedOnBehalf = "lh_acknowledgedonbehalf";

    /// <summary>How the rep was chosen. Choice <c>lh_assignmentkind</c>; values in <c>AssignmentKind</c>.</summary>
    public const string AssignmentKind = "lh_assignmentkind";

    /// <summary>Owner (user or team) of the row.</summary>
    public const string OwnerId = "ownerid";

    /// <summary>0 Active, 1 Inactive.</summary>
    public const string StateCode = "statecode";

    /// <summary>1 Active, 2 Inactive.</summary>
    public const string StatusCode = "statuscode";
}
