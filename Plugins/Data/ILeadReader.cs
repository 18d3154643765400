using System;
using Dataverse.LeadHandover.Plugins.Handover;

namespace Dataverse.LeadHandover.Plugins.Data;

/// <summary>The lead columns a handover needs, for callers that have no image (custom APIs).</summary>
public interface ILeadReader
{
    LeadForHandover? Find(Guid leadId);
}
