using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.InMemory.Pipeline;

/// <summary>Registered service endpoints (webhooks) and the posting of an execution context to one.</summary>
internal sealed class ServiceEndpointRegistry
{
    private readonly Dictionary<Guid, (string Name, Func<string, CancellationToken, Task> Post)> _endpoints = [];

    public void Register(Guid serviceEndpointId, string name, Func<string, CancellationToken, Task> post)
    {
        ArgumentNullException.ThrowIfNull(post);
        _endpoints[serviceEndpointId] = (name, post);
    }

    public void Post(Guid serviceEndpointId, IExecutionContext context)
    {
        if (!_endpoints.TryGetValue(serviceEndpointId, out var endpoint))
        {
            throw new InvalidOperationException($"No service endpoint with id {serviceEndpointId} is registered.");
        }

        var body = RemoteContextJson.Serialize(context);

        // The pipeline is synchronous, as a plug-in is; the receiver's task is awaited to completion here.
        endpoint.Post(body, CancellationToken.None).GetAwaiter().GetResult();
    }
}
