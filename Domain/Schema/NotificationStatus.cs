namespace Dataverse.LeadHandover.Domain.Schema;

/// <summary>
/// Values of the global choice <c>lh_notificationstatus</c> (notification status): whether the assigned rep has been told about a handover in Teams.
/// Publisher option value prefix 72510, numbered in the order the choice lists them.
/// </summary>
public static class NotificationStatus
{
    public const string OptionSetName = "lh_notificationstatus";

    /// <summary>Pending.</summary>
    public const int Pending = 725100000;

    /// <summary>Sent.</summary>
    public const int Sent = 725100001;

    /// <summary>Failed.</summary>
    public const int Failed = 725100002;

    /// <summary>Not configured.</summary>
    public const int NotConfigured = 725100003;
}
