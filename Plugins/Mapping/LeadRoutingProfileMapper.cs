using System;
using Dataverse.LeadHandover.Domain.Intake;
using Dataverse.LeadHandover.Domain.Routing;
using Dataverse.LeadHandover.Plugins.Handover;

namespace Dataverse.LeadHandover.Plugins.Mapping;

/// <summary>
/// What the router matches a lead on: its source and tier, its industry (against reps' skills) and its company
/// size band (against reps' segments). The lead columns this solution reads carry no territory or product
/// interest yet, so those factors stay empty on the Dataverse side.
/// </summary>
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
        };
    }
}
