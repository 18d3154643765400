using System;
using System.Collections.Generic;
using Dataverse.LeadHandover.Plugins.Handover;

namespace Dataverse.LeadHandover.Plugins.Data;

/// <summary>Reads of the handover ledger (lh_handover).</summary>
public interface IHandoverLedger
{
    /// <summary>The row with its version, or null when it does not exist.</summary>
    HandoverRow? Find(Guid handoverId);

    /// <summary>The lead's handovers still Awaiting or Acknowledged: one at most when the ledger is healthy.</summary>
    IReadOnlyList<HandoverRow> OpenFor(Guid leadId);

    /// <summary>Every rep who rejected a handover of this lead or let one expire unacknowledged.</summary>
    IReadOnlyCollection<Guid> RepsWhoGaveItBack(Guid leadId);

    /// <summary>The lead's first handover assigned after <paramref name="handover"/>: the one a rejection routed to.</summary>
    HandoverRow? NextAfter(HandoverRow handover);

    /// <summary>When the rep was last assigned a handover other than <paramref name="excludingHandoverId"/> and not rejected, if ever.</summary>
    DateTime? LastAssignmentOf(Guid repId, Guid excludingHandoverId);
}
