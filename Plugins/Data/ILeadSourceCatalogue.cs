using System.Collections.Generic;
using Dataverse.LeadHandover.Domain.Intake;

namespace Dataverse.LeadHandover.Plugins.Data;

/// <summary>The lead source catalogue, active and inactive entries, one entry per mapped code.</summary>
public interface ILeadSourceCatalogue
{
    IReadOnlyList<LeadSourceEntry> Entries();
}
