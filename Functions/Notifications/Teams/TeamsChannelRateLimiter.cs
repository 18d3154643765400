using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.RateLimiting;
using System.Threading.Tasks;
using Dataverse.LeadHandover.Functions.Options;
using Microsoft.Extensions.Options;

namespace Dataverse.LeadHandover.Functions.Notifications.Teams;

/// <summary>
/// Keeps posts to the channel's webhook within Teams' rate: at most <see cref="TeamsOptions.MaxPostsPerSecond"/>
/// in any one-second window. A post over the rate waits for the oldest post in the window to age out, in arrival
/// order, instead of being refused. Written on <see cref="TimeProvider"/> (the BCL's rate limiters measure real
/// time even when replenished by hand), so time is the app's and tests control it.
/// </summary>
public sealed class TeamsChannelRateLimiter : RateLimiter
{
    /// <summary>Posts that may wait; beyond that a post fails at once and the ledger retries it later.</summary>
    public const int QueueLimit = 1000;

    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1);

    private readonly object gate = new();
    private readonly Queue<DateTimeOffset> grantedAt = new();
    private readonly SemaphoreSlim turn = new(1, 1);
    private readonly TimeProvider time;
    private readonly int perWindow;
    private int waiting;

    public TeamsChannelRateLimiter(IOptions<TeamsOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        this.time = time;
        perWindow = options.Value.MaxPostsPerSecond;
    }

    public override TimeSpan? IdleDuration => null;

    public override RateLimiterStatistics? GetStatistics()
    {
        lock (gate)
        {
            Prune(time.GetUtcNow());
            return new RateLimiterStatistics
            {
                CurrentAvailablePermits = perWindow - grantedAt.Count,
                CurrentQueuedCount = Volatile.Read(ref waiting),
            };
        }
    }

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        CheckPermitCount(permitCount);
        lock (gate)
        {
            return TryGrant(permitCount, out var wait) ? TeamsRateLimitLease.Granted : TeamsRateLimitLease.Refused(wait);
        }
    }

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        CheckPermitCount(permitCount);
        if (Interlocked.Increment(ref waiting) > QueueLimit)
        {
            Interlocked.Decrement(ref waiting);
            return TeamsRateLimitLease.Refused(Window);
        }

        try
        {
            // One caller at a time decides and waits, so posts leave in the order they arrived.
            await turn.WaitAsync(cancellationToken);
            try
            {
                while (true)
                {
                    TimeSpan wait;
                    lock (gate)
                    {
                        if (TryGrant(permitCount, out wait))
                        {
                            return TeamsRateLimitLease.Granted;
                        }
                    }

                    await Task.Delay(wait, time, cancellationToken);
                }
            }
            finally
            {
                turn.Release();
            }
        }
        finally
        {
            Interlocked.Decrement(ref waiting);
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            turn.Dispose();
        }

        base.Dispose(disposing);
    }

    private bool TryGrant(int permitCount, out TimeSpan wait)
    {
        var now = time.GetUtcNow();
        Prune(now);
        if (grantedAt.Count + permitCount <= perWindow)
        {
            for (var i = 0; i < permitCount; i++)
            {
                grantedAt.Enqueue(now);
            }

            wait = TimeSpan.Zero;
            return true;
        }

        wait = grantedAt.Peek() + Window - now;
        return false;
    }

    private void Prune(DateTimeOffset now)
    {
        while (grantedAt.Count > 0 && grantedAt.Peek() + Window <= now)
        {
            grantedAt.Dequeue();
        }
    }

    private void CheckPermitCount(int permitCount)
    {
        if (permitCount < 0 || permitCount > perWindow)
        {
            throw new ArgumentOutOfRangeException(nameof(permitCount), permitCount, $"Between 0 and {perWindow} posts can be acquired at once.");
        }
    }
}
