using System;
using Dataverse.LeadHandover.Plugins.Handover;

namespace Dataverse.LeadHandover.Plugins.Data;

/// <summary>Writes to the handover ledger and what goes with it, each write touching only the columns it means to change.</summary>
public interface IHandoverRecorder
{
    /// <summary>Writes an assignment (closures, ledger row, lead, rep profile, first touch) and returns the new handover's id.</summary>
    Guid Record(HandoverPlan plan);

    /// <summary>Stops the clock, provided nobody changed the row since it was read; otherwise refuses with a plain message.</summary>
    void Acknowledge(HandoverRow handover, HandoverAcknowledgement acknowledgement);

    /// <summary>
    /// Closes the handover as Rejected (the rep said no) or Expired (the SLA sweep took it back) with the reason,
    /// provided nobody changed the row since it was read.
    /// </summary>
    void Close(HandoverRow handover, int closingStatus, string reason);

    /// <summary>Puts a rep's last-assigned time back on their active profile, so a rejected lead doesn't cost them their place in the rotation.</summary>
    void RestoreLastAssigned(Guid repUserId, DateTime? lastAssignedOn);
}
