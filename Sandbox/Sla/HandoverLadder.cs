using System;
using System.Collections.Generic;

namespace Dataverse.LeadHandover.Sandbox.Sla;

/// <summary>An awaiting handover and where it stands on the escalation ladder now.</summary>
internal sealed record HandoverLadder(
    Guid HandoverId, Guid? LeadId, string Lead, string Rep, string Tier, DateTime AssignedUtc, DateTime DueUtc, int EscalationLevel, double PercentElapsed, IReadOnlyList<LadderRung> Rungs);
