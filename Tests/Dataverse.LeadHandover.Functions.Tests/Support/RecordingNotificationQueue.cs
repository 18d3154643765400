using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Azure;
using Dataverse.LeadHandover.Functions.Notifications;

namespace Dataverse.LeadHandover.Functions.Tests.Support;

/// <summary>Keeps queued messages in memory, or fails like an unreachable storage account.</summary>
internal sealed class RecordingNotificationQueue : IHandoverNotificationQueue
{
    private readonly ConcurrentQueue<HandoverNotificationMessage> messages = new();

    public bool Unreachable { get; set; }

    /// <summary>Storage that never answers: the call waits until it is cancelled.</summary>
    public bool Stalled { get; set; }

    public IReadOnlyList<HandoverNotificationMessage> Messages => messages.ToList();

    public async Task EnqueueAsync(HandoverNotificationMessage message, CancellationToken cancellationToken)
    {
        if (Unreachable)
        {
            throw new RequestFailedException(503, "Storage is unavailable (test).");
        }

        if (Stalled)
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }

        messages.Enqueue(message);
    }

    public Task CheckReachableAsync(CancellationToken cancellationToken) =>
        Unreachable ? Task.FromException(new RequestFailedException(503, "Storage is unavailable (test).")) : Task.CompletedTask;
}
