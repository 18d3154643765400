using System;

namespace Dataverse.LeadHandover.Functions.Options;

/// <summary>
/// An identity-based storage connection in the Functions host's own setting shape
/// (https://learn.microsoft.com/azure/azure-functions/functions-reference#configure-an-identity-based-connection).
/// </summary>
public sealed class QueueIdentityConnection
{
    /// <summary>The queue service endpoint, e.g. https://account.queue.core.windows.net.</summary>
    public Uri? QueueServiceUri { get; set; }

    /// <summary>A user-assigned identity's client id; empty for the system-assigned identity.</summary>
    public string? ClientId { get; set; }
}
