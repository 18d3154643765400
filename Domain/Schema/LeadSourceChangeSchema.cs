namespace Dataverse.LeadHandover.Domain.Schema;

/// <summary>
/// Logical names of the lead source change table (<c>lh_leadsourcechange</c>, organization-owned): one audit row per change of a lead's source.
/// </summary>
public static class LeadSourceChangeSchema
{
    public const string EntityName = "lh_leadsourcechange";

    /// <summary>Primary key.</summary>
    public const string LeadSourceChangeId = "lh_leadsourcechangeid";

    /// <summary>Primary name column.</summary>
    public const string Name = "lh_name";

    /// <summary>The lead whose source changed. Lookup to <c>lead</c>.</summary>
    public const string LeadId = "lh_leadid";

    /// <summary>The lead source before the change. Lookup to <c>lh_leadsource</c>.</summary>
    public const string PreviousSourceId = "lh_previoussourceid";

    /// <summary>The lead source after the change. Lookup to <c>lh_leadsource</c>.</summary>
    public const string NewSourceId = "lh_newsourceid";

    /// <summary>The user who changed the lead source. Lookup to <c>systemuser</c>.</summary>
    public const string ChangedBy = "lh_changedby";

    /// <summary>When the lead source changed. Date and time (stored in UTC).</summary>
    public const string ChangedOn = "lh_changedon";

    /// <summary>0 Active, 1 Inactive.</summary>
    public const string StateCode = "statecode";

    /// <summary>1 Active, 2 Inactive.</summary>
    public const string StatusCode = "statuscode";
}
