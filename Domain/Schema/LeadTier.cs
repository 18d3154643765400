namespace Dataverse.LeadHandover.Domain.Schema;

/// <summary>
/// Values of the global choice <c>lh_leadtier</c> (lead tier): how urgently sales must act on a handed-over lead.
/// Publisher option value prefix 72510, numbered in the order the choice lists them.
/// </summary>
public static class LeadTier
{
    public const string OptionSetName = "lh_leadtier";

    /// <summary>Hot.</summary>
    public const int Hot = 725100000;

    /// <summary>Warm.</summary>
    public const int Warm = 725100001;

    /// <summary>Cold.</summary>
    public const int Cold = 725100002;
}
