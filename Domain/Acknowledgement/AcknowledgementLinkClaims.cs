using System;

namespace Dataverse.LeadHandover.Domain.Acknowledgement;

/// <summary>
/// What an acknowledgement link vouches for: this rep may act on this handover while the ledger's
/// <c>lh_linktokenversion</c> still equals <paramref name="TokenVersion"/> and until <paramref name="ExpiresOn"/>.
/// The expiry travels in whole seconds, so a claim read back from a link has no sub-second part.
/// </summary>
/// <param name="HandoverId">The <c>lh_handoverid</c> the link acts on.</param>
/// <param name="RepId">The <c>systemuserid</c> of the rep the link was sent to.</param>
/// <param name="TokenVersion">The ledger's link token version when the link was signed.</param>
/// <param name="ExpiresOn">When the link stops working (UTC).</param>
public sealed record AcknowledgementLinkClaims(Guid HandoverId, Guid RepId, int TokenVersion, DateTimeOffset ExpiresOn);
