using System;
using Dataverse.LeadHandover.Domain.Intake;

namespace Dataverse.LeadHandover.Domain.Tests.Builders;

/// <summary>Builds catalogue entries with readable fixed ids.</summary>
internal sealed class LeadSourceEntryBuilder
{
    private LeadSourceEntry entry;

    private LeadSourceEntryBuilder(LeadSourceEntry entry)
    {
        this.entry = entry;
    }

    /// <summary>An active entry with no mappings; <paramref name="number"/> makes the id (…000000005e01 for 1).</summary>
    public static LeadSourceEntryBuilder Source(string name, int number) =>
        new(new LeadSourceEntry(new Guid("00000000-0000-0000-0000-0000000" + (0x5e00 + number).ToString("x5", System.Globalization.CultureInfo.InvariantCulture)), name));

    public LeadSourceEntryBuilder Inactive()
    {
        entry = entry with { IsActive = false };
        return this;
    }

    public LeadSourceEntryBuilder ForCampaign(Guid campaignId)
    {
        entry = entry with { CampaignId = campaignId };
        return this;
    }

    public LeadSourceEntryBuilder ForUtm(string utmSource, string? utmCampaign = null)
    {
        entry = entry with { UtmSource = utmSource, UtmCampaign = utmCampaign };
        return this;
    }

    public LeadSourceEntryBuilder ForLeadSourceCode(int leadSourceCode)
    {
        entry = entry with { LeadSourceCode = leadSourceCode };
        return this;
    }

    public LeadSourceEntry Build() => entry;
}
