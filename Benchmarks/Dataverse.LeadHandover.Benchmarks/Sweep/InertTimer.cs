using System;
using System.Threading;
using System.Threading.Tasks;

namespace Dataverse.LeadHandover.Benchmarks.Sweep;

/// <summary>The timer <see cref="VirtualClock"/> hands out: it has already fired (or never will), so there is nothing to change.</summary>
internal sealed class InertTimer : ITimer
{
    public bool Change(TimeSpan dueTime, TimeSpan period) => false;

    public void Dispose()
    {
    }

    public ValueTask DisposeAsync() => default;
}
