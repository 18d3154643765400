using System;
using Dataverse.LeadHandover.Domain.Schema;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.Sandbox.Demo;

/// <summary>The demo's lead source catalogue: four active channels and one retired trade show.</summary>
internal sealed record DemoSources(Guid Website, Guid PartnerReferrals, Guid SpringWebinar, Guid GoogleAds, Guid TradeShow)
{
    /// <summary>The campaign whose leads come from the spring webinar (campaign rows are not part of the sandbox).</summary>
    public static readonly Guid SpringWebinarCampaign = new("5e1f0000-0000-4000-8000-000000000001");

    public static DemoSources Add(IOrganizationService service) => new(
        LeadSourceRows.Add(service, "Website", SourceChannel.WebForm, leadSourceCode: 8),
        LeadSourceRows.Add(service, "Partner referrals", SourceChannel.Partner, leadSourceCode: 4),
        LeadSourceRows.Add(service, "Spring webinar", SourceChannel.Event, campaignId: SpringWebinarCampaign),
        LeadSourceRows.Add(service, "Google Ads", SourceChannel.PaidMedia, utmCodes: "google, google/spring-sale"),
        LeadSourceRows.Add(service, "Trade show 2024", SourceChannel.Event, active: false));
}
