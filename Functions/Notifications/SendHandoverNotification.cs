using System;
using System.Threading;
using System.Threading.Tasks;
using Dataverse.LeadHandover.Functions.Options;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Dataverse.LeadHandover.Functions.Notifications;

/// <summary>
/// Takes a handover off the notification queue and announces it in Teams. A throw leaves the message on the queue
/// for another try; after <c>extensions.queues.maxDequeueCount</c> tries (5, host.json) the extension moves it to
/// the queue's <c>-poison</c> queue. The ledger keeps its own record of attempts for the SLA sweep.
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
