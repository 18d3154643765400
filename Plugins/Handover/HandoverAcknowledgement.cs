using System;

namespace Dataverse.LeadHandover.Plugins.Handover;

/// <summary>What acknowledging a handover records: the stopped clock, who took it and whether on the rep's behalf.</summary>
/// <param name="AcknowledgedOn">The operation time (UTC).</param>
/// <param name="AcknowledgedById">The caller: the rep, or their manager.</param>
/// <param name="OnBehalfOfRep">A manager acknowledged for the rep.</param>
/// <param name="BusinessMinutesToAcknowledge">Business minutes on the rep's calendar from assignment to now: speed to lead.</param>
/// <param name="Breached">Acknowledged after the due time (or already marked breached by the sweep).</param>
/// <param name="LinkTokenVersion">The raised version, so every acknowledgement link already sent stops working.</param>
public sealed record HandoverAcknowledgement(
    DateTime AcknowledgedOn,
    Guid AcknowledgedById,
    bool OnBehalfOfRep,
    int BusinessMinutesToAcknowledge,
    bool Breached,
    int LinkTokenVersion);
