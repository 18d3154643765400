using System;

namespace Dataverse.LeadHandover.Benchmarks.Sweep;

/// <summary>One concurrent branch of the per-record flow: the handover it is on and what it does next.</summary>
internal sealed class Worker
{
    public Guid HandoverId { get; set; }

    public FlowStep Step { get; set; }

    public int Level { get; set; }
}
