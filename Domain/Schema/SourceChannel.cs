namespace Dataverse.LeadHandover.Domain.Schema;

/// <summary>
/// Values of the global choice <c>lh_sourcechannel</c> (source channel): the kind of channel a lead source belongs to.
/// Publisher option value prefix 72510, numbered in the order the choice lists them.
/// </summary>
public static class SourceChannel
{
    public const string OptionSetName = "lh_sourcechannel";

    /// <summary>Web form.</summary>
    public const int WebForm = 725100000;

    /// <summary>Email.</summary>
    public const int Email = 725100001;

    /// <summary>Event.</summary>
    public const int Event = 725100002;

    /// <summary>Partner.</summary>
    public const int Partner = 725100003;

    /// <summary>Paid media.</summary>
    public const int PaidMedia = 725100004;

    /// <summary>Social.</summary>
    public const int Social = 725100005;

    /// <summary>Referral.</summary>
    public const int Referral = 725100006;

    /// <summary>Import.</summary>
    public const int Import = 725100007;

    /// <summary>Marketing automation.</summary>
    public const int MarketingAutomation = 725100008;

    /// <summary>Phone.</summary>
    public const int Phone = 725100009;

    /// <summary>Other.</summary>
    public const int Other = 725100010;
}
