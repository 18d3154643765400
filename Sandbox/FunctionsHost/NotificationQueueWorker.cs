using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Dataverse.LeadHandover.Functions.Notifications;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Dataverse.LeadHandover.Sandbox.FunctionsHost;

/// <summary>
/// Plays the queue trigger of <see cref="SendHandoverNotification"/>: hands each message to a fresh instance of the
/// function, and when the function throws puts it back, until the fifth try sends it to the poison list
/// (host.json's <c>maxDequeueCount</c>), as the Storage Queues extension does.
/// </summary>
internal sealed partial class NotificationQueueWorker(
    InProcessNotificationQueue queue, IServiceScopeFactory scopes, ILogger<NotificationQueueWorker> logger) : BackgroundService
{
    public const int MaxDequeueCount = 5;

    private readonly ConcurrentQueue<QueuedNotification> poison = new();

    /// <summary>Messages that failed every try, as the <c>-poison</c> queue would hold them.</summary>
    public IReadOnlyList<QueuedNotification> Poisoned => poison.ToList();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var message in queue.Reader.ReadAllAsync(stoppingToken))
        {
            await DeliverAsync(message, stoppingToken);
        }
    }

    private async Task DeliverAsync(QueuedNotification message, CancellationToken stoppingToken)
    {
        try
        {
            using var scope = scopes.CreateScope();
            await scope.ServiceProvider.GetRequiredService<SendHandoverNotification>().RunAsync(message.Json, stoppingToken);
            queue.Finished();
        }
        catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
        {
            if (message.DequeueCount >= MaxDequeueCount)
            {
                LogPoisoned(logger, exception, message.DequeueCount);
                poison.Enqueue(message);
                queue.Finished();
                return;
            }

            LogRetrying(logger, exception, message.DequeueCount);
            await queue.RequeueAsync(message, stoppingToken);
        }
    }

    [LoggerMessage(9101, LogLevel.Warning, "Notification delivery {DequeueCount} failed; the message goes back on the queue.")]
    private static partial void LogRetrying(ILogger logger, Exception exception, int dequeueCount);

    [LoggerMessage(9102, LogLevel.Error, "Notification failed {DequeueCount} deliveries; moved to the poison list.")]
    private static partial void LogPoisoned(ILogger logger, Exception exception, int dequeueCount);
}
