using System;

namespace Dataverse.LeadHandover.Plugins.FollowUp;

/// <summary>What the lead and its current handover record about contact attempts since the handover.</summary>
/// <param name="LeadId">The lead.</param>
/// <param name="Attempts">Completed attempts since the current handover was assigned.</param>
/// <param name="LastAttemptOn">The latest of them.</param>
/// <param name="HandoverId">The current handover.</param>
/// <param name="FirstContactOn">The first attempt, to stamp on the handover when it has none yet.</param>
public sealed record FollowUpProgress(Guid LeadId, int Attempts, DateTime? LastAttemptOn, Guid HandoverId, DateTime? FirstContactOn);
