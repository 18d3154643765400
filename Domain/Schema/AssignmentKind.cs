namespace Dataverse.LeadHandover.Domain.Schema;

/// <summary>
/// Values of the global choice <c>lh_assignmentkind</c> (assignment kind): how the rep of a handover was chosen.
/// Publisher option value prefix 72510, numbered in the order the choice lists them.
/// </summary>
public static class AssignmentKind
{
    public const string OptionSetName = "lh_assignmentkind";

    /// <summary>Routed.</summary>
    public const int Routed = 725100000;

    /// <summary>Manager choice.</summary>
    public const int ManagerChoice = 725100001;

    /// <summary>Fallback.</summary>
    public const int Fallback = 725100002;
}
