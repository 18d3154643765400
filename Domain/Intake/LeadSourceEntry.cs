using System;

namespace Dataverse.LeadHandover.Domain.Intake;

/// <summary>
/// One row of the lead source catalogue: a named source marketing can attribute leads to, and the
/// clues (campaign, UTM codes, <c>leadsourcecode</c>) that let a lead without an explicit source be
/// attributed to it.
/// </summary>
public sealed record LeadSourceEntry
{
    public LeadSourceEntry(Guid id, string name)
    {
        Id = id;
        Name = name ?? throw new ArgumentNullException(nameof(name));
    }

    public Guid Id { get; }

    public string Name { get; }

    public bool IsActive { get; init; } = true;

    /// <summary>Marketing channel, e.g. "Web", "Events", "Partner"; informational.</summary>
    public string? Channel { get; init; }

    /// <summary>The qualification tier this source's leads usually start in; informational.</summary>
    public string? DefaultTier { get; init; }

    /// <summary>The out-of-the-box <c>leadsourcecode</c> this source corresponds to, when it has one.</summary>
    public int? LeadSourceCode { get; init; }

    /// <summary>The campaign whose leads belong to this source.</summary>
    public Guid? CampaignId { get; init; }

    /// <summary>The <c>utm_source</c> this source maps (compared case-insensitively).</summary>
    public string? UtmSource { get; init; }

    /// <summary>
    /// The <c>utm_campaign</c> that, together with <see cref="UtmSource"/>, maps to this source.
    /// Null means the source maps every campaign of its UTM source.
    /// </summary>
    public string? UtmCampaign { get; init; }
}
