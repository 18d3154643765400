using System.Threading;
using System.Threading.Tasks;

namespace Dataverse.LeadHandover.Functions.Notifications;

/// <summary>Where the webhook leaves handovers to announce; the queue-triggered sender takes them from there.</summary>
public interface IHandoverNotificationQueue
{
    Task EnqueueAsync(HandoverNotificationMessage message, CancellationToken cancellationToken);

    /// <summary>Throws when the queue cannot be reached; changes nothing (for the health endpoint).</summary>
    Task CheckReachableAsync(CancellationToken cancellationToken);
}
