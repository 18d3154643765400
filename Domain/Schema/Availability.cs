namespace Dataverse.LeadHandover.Domain.Schema;

/// <summary>
/// Values of the global choice <c>lh_availability</c> (availability): whether a rep can receive new handovers now.
/// Publisher option value prefix 72510, numbered in the order the choice lists them.
/// </summary>
public static class Availability
{
    public const string OptionSetName = "lh_availability";

    /// <summary>Available.</summary>
    public const int Available = 725100000;

    /// <summary>Away.</summary>
    public const int Away = 725100001;

    /// <summary>Offline.</summary>
    public const int Offline = 725100002;
}
