using System;
using System.Threading;
using System.Threading.Tasks;
using Dataverse.LeadHandover.Functions.Options;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Dataverse.LeadHandover.Functions.Notifications;

/// <summary>
/// Takes a handover off the notification queue and announces it in Teams. Teams refusing the card is recorded on the
/// ledger with the next attempt time and completes the message: the SLA sweep retries it then. Only what throws
/// (Dataverse unreachable, an unreadable message) leaves the message on the queue for another try; after
/// <c>extensions.queues.maxDequeueCount</c> tries (5, host.json) the extension moves it to the <c>-poison</c> queue,
/// which <see cref="NotificationPoisoned"/> watches.
/// </summary>
public sealed class SendHandoverNotification(HandoverNotifier notifier, ILogger<SendHandoverNotification> logger)
{
    [Function(nameof(SendHandoverNotification))]
    public async Task RunAsync(
        [QueueTrigger(QueueOptions.NotificationQueueNameExpression, Connection = QueueOptions.ConnectionSetting)] string messageText,
        CancellationToken cancellationToken)
    {
        if (!HandoverNotificationMessage.TryParse(messageText, out var message))
        {
            NotificationLog.MessageUnreadable(logger);
            throw new FormatException("The queue message is not {\"handoverId\":…,\"correlationId\":…}.");
        }

        await notifier.NotifyAsync(message, cancellationToken);
    }
}
