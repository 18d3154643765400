namespace Dataverse.LeadHandover.Plugins.Mapping;

/// <summary>
/// The customer segment a lead's company size falls in, as reps list segments on their profile:
/// "SMB" below 250 employees, "Mid-market" from 250, "Enterprise" from 1000. A lead without a size has no segment,
/// so segment then neither helps nor hurts anyone.
/// </summary>
public static class CompanySizeBands
{
    public const string Smb = "SMB";

    public const string MidMarket = "Mid-market";

    public const string Enterprise = "Enterprise";

    public const int MidMarketFrom = 250;

    public const int EnterpriseFrom = 1000;

    public static string? Of(int? numberOfEmployees) => numberOfEmployees switch
    {
        null => null,
        >= EnterpriseFrom => Enterprise,
        >= MidMarketFrom => MidMarket,
        _ => Smb,
    };
}
