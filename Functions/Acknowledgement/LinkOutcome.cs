using System;
using Dataverse.LeadHandover.Domain.Acknowledgement;
using Dataverse.LeadHandover.Functions.Dataverse;

namespace Dataverse.LeadHandover.Functions.Acknowledgement;

/// <summary>What the acknowledgement page has to tell the rep, with the facts it may show.</summary>
/// <param name="Status">Where the link stands, or what acting on it did.</param>
/// <param name="Claims">The signed claims; <see langword="null"/> for a link we did not sign.</param>
/// <param name="Handover">The ledger row, when the link named one that exists.</param>
public sealed record LinkOutcome(LinkStatus Status, AcknowledgementLinkClaims? Claims, HandoverRecord? Handover)
{
    /// <summary>The genuine link token, for a page's form to post back; never set for a link we did not sign.</summary>
    public string? Token { get; init; }

    /// <summary>The lead's name, to say which handover this is about.</summary>
    public string? LeadName { get; init; }

    /// <summary>The rep's Windows time zone id, for showing times.</summary>
    public string? RepTimeZoneId { get; init; }

    /// <summary>When the handover was acknowledged (just now or before).</summary>
    public DateTime? AcknowledgedOn { get; init; }

    /// <summary>Dataverse's own message when it refused the action (written for users by the custom API).</summary>
    public string? RefusalMessage { get; init; }
}
