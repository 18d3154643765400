using System;
using System.Collections.Generic;

namespace Dataverse.LeadHandover.Benchmarks.Sweep;

/// <summary>
/// Dataverse's service protection limits for one user on one web server, as "Service protection API limits"
/// (https://learn.microsoft.com/power-apps/developer/data-platform/api-limits) states them: at most
/// <see cref="WindowRequests"/> requests in any <see cref="Window"/> and <see cref="ConcurrentRequests"/> at once;
/// a request over either is refused with the time after which it would be admitted. Every admitted request takes
/// <see cref="Latency"/>. Requests must be offered in time order.
/// </summary>
public sealed class ServiceProtectionModel
{
    private readonly Queue<DateTimeOffset> started = new();
    private readonly PriorityQueue<DateTimeOffset, DateTimeOffset> inFlight = new();

    public TimeSpan Latency { get; init; } = TimeSpan.FromMilliseconds(50);

    public int ConcurrentRequests { get; init; } = 52;

    public int WindowRequests { get; init; } = 6000;

    public TimeSpan Window { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Requests admitted.</summary>
    public int Admitted { get; private set; }

    /// <summary>Requests refused with a service protection fault.</summary>
    public int Refused { get; private set; }

    /// <summary>Admits a request at <paramref name="at"/> (it then runs for <see cref="Latency"/>), or says how long to wait.</summary>
    public bool TryAdmit(DateTimeOffset at, out TimeSpan retryAfter)
    {
        while (started.Count > 0 && started.Peek() <= at - Window)
        {
            started.Dequeue();
        }

        while (inFlight.Count > 0 && inFlight.Peek() <= at)
        {
            inFlight.Dequeue();
        }

        if (started.Count >= WindowRequests)
        {
            retryAfter = started.Peek() + Window - at;
            Refused++;
            return false;
        }

        if (inFlight.Count >= ConcurrentRequests)
        {
            retryAfter = inFlight.Peek() - at;
            Refused++;
            return false;
        }

        started.Enqueue(at);
        var end = at + Latency;
        inFlight.Enqueue(end, end);
        Admitted++;
        retryAfter = TimeSpan.Zero;
        return true;
    }
}
