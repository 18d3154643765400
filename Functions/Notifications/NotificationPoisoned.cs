using Dataverse.LeadHandover.Functions.Options;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Dataverse.LeadHandover.Functions.Notifications;

/// <summary>
/// Watches the notification queue's poison queue, where the queue extension moves a message that failed
/// <c>maxDequeueCount</c> times (Dataverse unreachable for minutes, or a message nobody can read). It logs an error
/// operators can alert on, with the handover id, and leaves the handover to the SLA sweep, which sends the card of any
/// Awaiting handover that has not gone out. The message is then consumed: the ledger, not the queue, is the record.
/// </summary>
public sealed class NotificationPoisoned(ILogger<NotificationPoisoned> logger)
{
    /// <summary>The extension's poison queue: the queue's own name with <c>-poison</c> appended.</summary>
    public const string PoisonQueueNameExpression = QueueOptions.NotificationQueueNameExpression + "-poison";

    [Function(nameof(NotificationPoisoned))]
    public void Run([QueueTrigger(PoisonQueueNameExpression, Connection = QueueOptions.ConnectionSetting)] string messageText)
    {
        if (HandoverNotificationMessage.TryParse(messageText, out var message))
        {
            NotificationLog.Poisoned(logger, message.HandoverId, message.CorrelationId);
        }
        else
        {
            NotificationLog.PoisonedUnreadable(logger);
        }
    }
}
