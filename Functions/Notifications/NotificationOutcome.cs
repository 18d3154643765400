namespace Dataverse.LeadHandover.Functions.Notifications;

/// <summary>What happened to one request to announce a handover.</summary>
public enum NotificationOutcome
{
    /// <summary>The card was accepted by the Teams workflow and the ledger says Sent.</summary>
    Sent,

    /// <summary>The ledger already said Sent: a duplicate delivery, nothing posted.</summary>
    AlreadySent,

    /// <summary>The handover was acknowledged, rejected, reassigned or expired before its card went out.</summary>
    NoLongerAwaiting,

    /// <summary>No such ledger row (deleted since): nothing to announce.</summary>
    HandoverMissing,

    /// <summary>The row lacks its lead or rep, or they no longer exist; a person has to look at it.</summary>
    Incomplete,

    /// <summary>Another delivery of the same handover changed the row first and is sending; this one stood down.</summary>
    ClaimedElsewhere,

    /// <summary>
    /// The ledger holds the notification until a later time (a post on its way, or a failed one waiting for its
    /// retry): nothing posted; the SLA sweep sends it when that time comes.
    /// </summary>
    NotYetDue,

    /// <summary>Teams did not take the card; the failure and the next attempt time are on the ledger.</summary>
    Failed,
}
