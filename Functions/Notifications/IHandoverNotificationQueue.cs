using System.Threading;
using System.Threading.Tasks;

namespace Dataverse.LeadHandover.Functions.Notifications;

/// <summary>Where the webhook leaves handovers to announce; the queue-triggered sender takes them from there.</summary>
public interface IHandoverNotificationQueue
{
    Task EnqueueAsync(HandoverNotificationMessage message, CancellationToken cancellationToken);
}
