using System;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using Dataverse.LeadHandover.Functions.Notifications;

namespace Dataverse.LeadHandover.Sandbox.FunctionsHost;

/// <summary>
/// Stands in for the Azure Storage queue between the webhook and the Teams sender, so the sandbox starts with one
/// command and no Azurite. Messages carry the same JSON the storage queue would; <see cref="NotificationQueueWorker"/>
/// plays the queue trigger, retries and poison queue included.
/// </summary>
internal sealed class InProcessNotificationQueue : IHandoverNotificationQueue
{
    private readonly Channel<QueuedNotification> channel = Channel.CreateUnbounded<QueuedNotification>();
    private int pending;

    /// <summary>Messages enqueued and not yet finished (sent, given up on, or poisoned).</summary>
    public int Pending => Volatile.Read(ref pending);

    public ChannelReader<QueuedNotification> Reader => channel.Reader;

    public Task EnqueueAsync(HandoverNotificationMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        Interlocked.Increment(ref pending);
        return channel.Writer.WriteAsync(new QueuedNotification(message.ToJson(), 1), cancellationToken).AsTask();
    }

    /// <summary>Puts a message back for another delivery, as the storage queue does after a failed run.</summary>
    public ValueTask RequeueAsync(QueuedNotification message, CancellationToken cancellationToken) =>
        channel.Writer.WriteAsync(message with { DequeueCount = message.DequeueCount + 1 }, cancellationToken);

    public void Finished() => Interlocked.Decrement(ref pending);

    /// <summary>In the process: always there.</summary>
    public Task CheckReachableAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
