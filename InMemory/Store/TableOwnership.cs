namespace Dataverse.LeadHandover.InMemory.Store;

/// <summary>Who may own a row of a table; decides whether the store defaults <c>ownerid</c>.</summary>
public enum TableOwnership
{
    /// <summary>Rows are owned by a user or team, so Create defaults <c>ownerid</c> to the caller.</summary>
    UserOrTeam,

    /// <summary>Rows belong to the organization and carry no <c>ownerid</c>.</summary>
    Organization,

    /// <summary>No ownership at all, as for intersect tables of many-to-many relationships.</summary>
    None,
}
