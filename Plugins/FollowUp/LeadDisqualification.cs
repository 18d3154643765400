using System;

namespace Dataverse.LeadHandover.Plugins.FollowUp;

/// <summary>A lead Update that may disqualify it, as the disqualify gate sees it.</summary>
/// <param name="LeadId">The lead.</param>
/// <param name="IsDisqualifying">statecode goes to Disqualified in this request (it wasn't before).</param>
/// <param name="OverrideReason">The disqualify override reason: sent in this request (gate) or saved with it (record).</param>
/// <param name="CurrentHandoverId">The lead's handover; none means it was never handed over and the gate doesn't apply.</param>
/// <param name="InitiatingUserId">Who asked.</param>
/// <param name="OperationTime">When (UTC).</param>
public sealed record LeadDisqualification(
    Guid LeadId,
    bool IsDisqualifying,
    string? OverrideReason,
    Guid? CurrentHandoverId,
    Guid InitiatingUserId,
    DateTime OperationTime);
