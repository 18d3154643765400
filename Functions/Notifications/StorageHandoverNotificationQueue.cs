using System;
using System.Threading;
using System.Threading.Tasks;
using Azure;
using Azure.Core;
using Azure.Identity;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using Dataverse.LeadHandover.Functions.Options;
using Microsoft.Extensions.Options;

namespace Dataverse.LeadHandover.Functions.Notifications;

/// <summary>
/// The notification queue in Azure Storage. Messages are base64-encoded because that is what the Functions queue
/// trigger expects by default; the client's own retries are kept short so the webhook still answers Dataverse
/// well within its 60-second wait when storage is slow.
/// </summary>
public sealed class StorageHandoverNotificationQueue : IHandoverNotificationQueue
{
    private readonly QueueClient queue;
    private int created;

    public StorageHandoverNotificationQueue(IOptions<QueueOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var clientOptions = new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 };
        clientOptions.Retry.Mode = RetryMode.Exponential;
        clientOptions.Retry.MaxRetries = 2;
        clientOptions.Retry.Delay = TimeSpan.FromMilliseconds(500);
        clientOptions.Retry.NetworkTimeout = TimeSpan.FromSeconds(10);
        var settings = options.Value;
        queue = settings.IdentityConnection?.QueueServiceUri is Uri serviceUri
            ? new QueueClient(new Uri(serviceUri.AbsoluteUri.TrimEnd('/') + "/" + settings.NotificationQueueName), Credential(settings.IdentityConnection.ClientId), clientOptions)
            : new QueueClient(settings.Connection, settings.NotificationQueueName, clientOptions);
    }

    /// <summary>The app's managed identity in Azure; a developer's own sign-in locally.</summary>
    private static TokenCredential Credential(string? clientId) =>
        new DefaultAzureCredential(new DefaultAzureCredentialOptions { ManagedIdentityClientId = string.IsNullOrWhiteSpace(clientId) ? null : clientId });

    public async Task EnqueueAsync(HandoverNotificationMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);

        // The queue is created on first use, so a new environment needs no deployment step; racing creates are harmless.
        if (Volatile.Read(ref created) == 0)
        {
            await queue.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
            Volatile.Write(ref created, 1);
        }

        await queue.SendMessageAsync(message.ToJson(), cancellationToken);
    }

    // Peeking needs only the message permissions the app already holds (Storage Queue Data Contributor) and leaves
    // messages and their dequeue counts alone. A queue not created yet is reachable too: the first message creates it.
    public async Task CheckReachableAsync(CancellationToken cancellationToken)
    {
        try
        {
            await queue.PeekMessagesAsync(1, cancellationToken);
        }
        catch (RequestFailedException exception) when (exception.ErrorCode == QueueErrorCode.QueueNotFound)
        {
        }
    }
}
