using System;
using Dataverse.LeadHandover.Domain.Acknowledgement;
using Dataverse.LeadHandover.Functions.Options;
using Microsoft.Extensions.Options;

namespace Dataverse.LeadHandover.Functions.Acknowledgement;

/// <summary>
/// Every link a handover card and page carry: Acknowledge and Reject (signed, expiring, tied to the ledger's link
/// token version) and Open in Dynamics (a plain deep link to the lead, which Dynamics secures itself).
/// </summary>
public sealed class HandoverLinks
{
    private readonly AcknowledgementLinkSigner signer;
    private readonly string publicBase;
    private readonly Uri environment;
    private readonly TimeSpan lifetime;

    public HandoverLinks(IOptions<AcknowledgementOptions> acknowledgement, IOptions<DataverseOptions> dataverse)
    {
        ArgumentNullException.ThrowIfNull(acknowledgement);
        ArgumentNullException.ThrowIfNull(dataverse);
        signer = new AcknowledgementLinkSigner(acknowledgement.Value.SigningKeyBytes());
        publicBase = acknowledgement.Value.PublicBaseUrl.TrimEnd('/');
        environment = dataverse.Value.EnvironmentUri();
        lifetime = acknowledgement.Value.LinkLifetime;
    }

    /// <summary>A token for <paramref name="repId"/> on <paramref name="handoverId"/>, valid from now for the configured lifetime.</summary>
    public string SignToken(Guid handoverId, Guid repId, int linkTokenVersion, DateTimeOffset now) =>
        signer.Sign(new AcknowledgementLinkClaims(handoverId, repId, linkTokenVersion, now + lifetime));

    public AcknowledgementLinkCheck Check(string? token, DateTimeOffset now) => signer.Check(token, now);

    public Uri Acknowledge(string token) => Page(AcknowledgementRoutes.Acknowledge, token);

    public Uri Reject(string token) => Page(AcknowledgementRoutes.Reject, token);

    /// <summary>The lead's form in Dynamics 365: <c>main.aspx?etn=lead&amp;id=…&amp;pagetype=entityrecord</c>.</summary>
    public Uri OpenLead(Guid leadId) =>
        new(environment, "/main.aspx?etn=lead&id=" + leadId.ToString("D") + "&pagetype=entityrecord");

    private Uri Page(string route, string token) =>
        new(publicBase + "/" + route + "?" + AcknowledgementRoutes.TokenField + "=" + Uri.EscapeDataString(token));
}
