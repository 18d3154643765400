using System;
using Dataverse.LeadHandover.Domain.Intake;
using Dataverse.LeadHandover.Domain.Routing;
using Dataverse.LeadHandover.Plugins.Handover;

namespace Dataverse.LeadHandover.Plugins.Mapping;

/// <summary>
/// What the router matches a lead on: its source and tier, its industry and product interests (against reps'
/// skills), its company size band (against reps' segments) and its country/region as its territory (against
/// reps' territories).
/// </summary>
/// <remarks>
/// The territory is the out-of-the-box address 1 country/region, not the state or province: the router matches
/// one territory per lead, and reps list the countries they cover.
/// </remarks>
public static class LeadRoutingProfileMapper
{
    public static LeadRoutingProfile From(LeadForHandover lead, string tierName)
    {
        if (lead is null)
        {
            throw new ArgumentNullException(nameof(lead));
        }

        return new LeadRoutingProfile(lead.LeadId, lead.SourceId ?? Guid.Empty, lead.SourceName ?? string.Empty, tierName)
        {
            Industry = LeadChoiceLabels.Industry(lead.IndustryCode),
            CompanySizeBand = CompanySizeBands.Of(lead.NumberOfEmployees),
            Territory = lead.Country,
            ProductInterests = RoutingTermList.Split(lead.ProductInterest),
        };
    }
}
