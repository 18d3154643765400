using System;

namespace Dataverse.LeadHandover.Plugins.Handover;

/// <summary>The lead columns a handover is built from, read from a step image or, in a custom API, from the row itself.</summary>
/// <param name="LeadId">The lead.</param>
/// <param name="Name">Who the lead is, for the ledger row's name and the first-touch subject (business data, never traced).</param>
/// <param name="OwnerId">The lead's owner (user) before this handover.</param>
/// <param name="SourceId">The lead's source in the catalogue.</param>
/// <param name="SourceName">The source's name as the lookup carries it.</param>
/// <param name="TierOption">The lh_leadtier value intake stamped.</param>
/// <param name="LeadQualityCode">Rating, to find the tier when no lh_tier value is stamped.</param>
/// <param name="IndustryCode">Out-of-the-box industry choice, matched against reps' skills.</param>
/// <param name="NumberOfEmployees">Company size, matched against reps' segments as a band.</param>
/// <param name="Country">The lead's country/region (address 1), its territory for routing.</param>
/// <param name="ProductInterest">The products the prospect is interested in, as typed: a comma-separated list.</param>
/// <param name="CurrentHandoverId">The handover the lead points at now.</param>
/// <param name="IsSalesReady">The lead's sales-ready flag.</param>
public sealed record LeadForHandover(
    Guid LeadId,
    string Name,
    Guid? OwnerId,
    Guid? SourceId,
    string? SourceName,
    int? TierOption,
    int? LeadQualityCode,
    int? IndustryCode,
    int? NumberOfEmployees,
    string? Country,
    string? ProductInterest,
    Guid? CurrentHandoverId,
    bool IsSalesReady);
