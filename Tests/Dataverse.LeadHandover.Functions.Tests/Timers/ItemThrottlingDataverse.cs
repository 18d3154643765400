using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.PowerPlatform.Dataverse.Client;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace Dataverse.LeadHandover.Functions.Tests.Timers;

/// <summary>
/// Answers the first ExecuteMultiple with a per-item service protection fault for one request (which is not run)
/// and runs the others; later batches pass through. Records each batch's size.
/// </summary>
internal sealed class ItemThrottlingDataverse(IOrganizationServiceAsync2 inner, TimeSpan retryAfter, int refusedIndex) : DataverseDecorator(inner)
{
    private readonly IOrganizationServiceAsync2 inner = inner;
    private int batches;

    public List<int> BatchSizes { get; } = [];

    protected override async Task<OrganizationResponse?> OnCallAsync(int call, OrganizationRequest request, CancellationToken cancellationToken)
    {
        if (request is not ExecuteMultipleRequest batch)
        {
            return null;
        }

        BatchSizes.Add(batch.Requests.Count);
        if (Interlocked.Increment(ref batches) > 1)
        {
            return null;
        }

        var responses = new ExecuteMultipleResponseItemCollection();
        for (var index = 0; index < batch.Requests.Count; index++)
        {
            if (index == refusedIndex)
            {
                responses.Add(new ExecuteMultipleResponseItem { RequestIndex = index, Fault = ThrottlingDataverse.Fault(retryAfter).Detail });
                continue;
            }

            var single = new ExecuteMultipleRequest
            {
                Requests = [batch.Requests[index]],
                Settings = batch.Settings,
            };
            var answer = (ExecuteMultipleResponse)await inner.ExecuteAsync(single, cancellationToken);
            foreach (var item in answer.Responses)
            {
                responses.Add(new ExecuteMultipleResponseItem { RequestIndex = index, Fault = item.Fault, Response = item.Response });
            }
        }

        var result = new ExecuteMultipleResponse();
        result.Results["Responses"] = responses;
        result.Results["IsFaulted"] = true;
        return result;
    }
}
