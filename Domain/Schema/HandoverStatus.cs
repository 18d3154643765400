namespace Dataverse.LeadHandover.Domain.Schema;

/// <summary>
/// Values of the global choice <c>lh_handoverstatus</c> (handover status): where a handover stands between assignment and acknowledgement.
/// Publisher option value prefix 72510, numbered in the order the choice lists them.
/// </summary>
public static class HandoverStatus
{
    public const string OptionSetName = "lh_handoverstatus";

    /// <summary>Awaiting acknowledgement.</summary>
    public const int Awaiting = 725100000;

    /// <summary>Acknowledged.</summary>
    public const int Acknowledged = 725100001;

    /// <summary>Rejected.</summary>
    public const int Rejected = 725100002;

    /// <summary>Reassigned.</summary>
    public const int Reassigned = 725100003;

    /// <summary>Expired.</summary>
    public const int Expired = 725100004;
}
