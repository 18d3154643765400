namespace Dataverse.LeadHandover.Functions.Acknowledgement;

/// <summary>Where an acknowledgement link stands, or what acting on it did.</summary>
public enum LinkStatus
{
    /// <summary>Genuine, current, and the handover still awaits this rep: the page may offer its action.</summary>
    Usable,

    /// <summary>Not a link we signed (cut short, altered, or signed with another key).</summary>
    Invalid,

    /// <summary>Genuine but past its expiry, and the handover still awaits acknowledgement.</summary>
    Expired,

    /// <summary>A newer link was sent for this handover (a reminder, or a failed attempt); only that one works.</summary>
    Superseded,

    /// <summary>The handover was already acknowledged (this link, or another way).</summary>
    AlreadyAcknowledged,

    /// <summary>The handover was already rejected.</summary>
    AlreadyRejected,

    /// <summary>The handover now belongs to another rep.</summary>
    Reassigned,

    /// <summary>Not acknowledged in time: the SLA ladder closed the handover as Expired and passed the lead on.</summary>
    TimedOut,

    /// <summary>The handover was closed without acknowledgement for another reason.</summary>
    Closed,

    /// <summary>The handover no longer exists.</summary>
    Missing,

    /// <summary>Just acknowledged through this link.</summary>
    Acknowledged,

    /// <summary>Just rejected through this link.</summary>
    Rejected,

    /// <summary>A rejection was posted without a reason; nothing was changed.</summary>
    ReasonMissing,

    /// <summary>Dataverse refused the action (its custom API said no); nothing was changed by us.</summary>
    Refused,
}
