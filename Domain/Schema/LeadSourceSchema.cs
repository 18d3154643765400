namespace Dataverse.LeadHandover.Domain.Schema;

/// <summary>
/// Logical names of the lead source table (<c>lh_leadsource</c>, organization-owned): the channels leads come from.
/// </summary>
public static class LeadSourceSchema
{
    public const string EntityName = "lh_leadsource";

    /// <summary>Primary key.</summary>
    public const string LeadSourceId = "lh_leadsourceid";

    /// <summary>Primary name column.</summary>
    public const string Name = "lh_name";

    /// <summary>The kind of channel this source belongs to. Choice <c>lh_sourcechannel</c>; values in <c>SourceChannel</c>.</summary>
    public const string Channel = "lh_channel";

    /// <summary>The handover tier a lead from this source starts in. Choice <c>lh_leadtier</c>; values in <c>LeadTier</c>.</summary>
    public const string DefaultTier = "lh_defaulttier";

    /// <summary>The out-of-the-box Lead Source (leadsourcecode) value this source corresponds to, used to infer the source of leads that only carry that code. Whole number, at least 0.</summary>
    public const string LeadSourceCode = "lh_leadsourcecode";

    /// <summary>The campaign whose leads come from this source. Lookup to <c>campaign</c>.</summary>
    public const string CampaignId = "lh_campaignid";

    /// <summary>Comma-separated utm_source values, or utm_source/utm_campaign pairs, that identify this source. Text, up to 400 characters.</summary>
    public const string UtmCodes = "lh_utmcodes";

    /// <summary>0 Active, 1 Inactive.</summary>
    public const string StateCode = "statecode";

    /// <summary>1 Active, 2 Inactive.</summary>
    public const string StatusCode = "statuscode";
}
