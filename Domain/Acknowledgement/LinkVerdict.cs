namespace Dataverse.LeadHandover.Domain.Acknowledgement;

/// <summary>What checking an acknowledgement link's token found, before the ledger is consulted.</summary>
public enum LinkVerdict
{
    /// <summary>Signed with our key and not yet expired; the ledger still decides whether it is current.</summary>
    Valid,

    /// <summary>Not a token of ours at all: missing, cut short, or not in the token format.</summary>
    Unreadable,

    /// <summary>In the token format, but the signature does not match its content (altered, or signed with another key).</summary>
    Tampered,

    /// <summary>Genuine, but past its expiry.</summary>
    Expired,
}
