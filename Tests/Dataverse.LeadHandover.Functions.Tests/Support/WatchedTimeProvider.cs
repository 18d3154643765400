using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Time.Testing;

namespace Dataverse.LeadHandover.Functions.Tests.Support;

/// <summary>
/// A fake clock that also tells a test when code under test starts waiting: a retry delay is a timer created with
/// that due time. The test then advances exactly that far, with no guessing and no real waiting.
/// </summary>
internal sealed class WatchedTimeProvider(DateTimeOffset start) : FakeTimeProvider(start)
{
    private readonly object gate = new();
    private readonly List<TimeSpan> dueTimes = [];
    private readonly List<(TimeSpan DueTime, TaskCompletionSource Created)> waiters = [];

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        lock (gate)
        {
            dueTimes.Add(dueTime);
            foreach (var waiter in waiters.FindAll(w => w.DueTime == dueTime))
            {
                waiters.Remove(waiter);
                waiter.Created.TrySetResult();
            }
        }

        return timer;
    }

    /// <summary>
    /// Completes once a timer with exactly <paramref name="dueTime"/> has been created; <paramref name="cancellationToken"/>
    /// (the test's own timeout) ends the wait if the code under test never starts waiting.
    /// </summary>
    public Task TimerCreated(TimeSpan dueTime, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            if (dueTimes.Contains(dueTime))
            {
                return Task.CompletedTask;
            }

            var created = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            waiters.Add((dueTime, created));
            return created.Task.WaitAsync(cancellationToken);
        }
    }
}
