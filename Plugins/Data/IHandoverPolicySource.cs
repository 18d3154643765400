using Dataverse.LeadHandover.Domain.Qualification;

namespace Dataverse.LeadHandover.Plugins.Data;

/// <summary>The handover policy in force, or an error an admin can act on; never a silent default.</summary>
public interface IHandoverPolicySource
{
    HandoverPolicy Current();
}
