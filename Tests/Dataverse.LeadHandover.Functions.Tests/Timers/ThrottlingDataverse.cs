using System;
using System.Collections.Generic;
using System.ServiceModel;
using System.Threading;
using System.Threading.Tasks;
using Dataverse.LeadHandover.Functions.Sweep;
using Microsoft.PowerPlatform.Dataverse.Client;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.Functions.Tests.Timers;

/// <summary>
/// Refuses the chosen calls as Dataverse's service protection does for the SDK: an <see cref="OrganizationServiceFault"/>
/// with the "number of requests" code and <c>ErrorDetails["Retry-After"]</c>; nothing of a refused call runs.
/// </summary>
internal sealed class ThrottlingDataverse(IOrganizationServiceAsync2 inner, TimeSpan retryAfter, params int[] refusedCalls) : DataverseDecorator(inner)
{
    private readonly HashSet<int> refused = [.. refusedCalls];

    public List<string> RefusedRequests { get; } = [];

    public static FaultException<OrganizationServiceFault> Fault(TimeSpan retryAfter)
    {
        var fault = new OrganizationServiceFault
        {
            ErrorCode = ServiceProtection.RequestsLimit,
            Message = "Number of requests exceeded the limit of 6000 over time window of 300 seconds.",
        };
        fault.ErrorDetails[ServiceProtection.RetryAfterDetail] = retryAfter;
        return new FaultException<OrganizationServiceFault>(fault, new FaultReason(fault.Message));
    }

    protected override Task<OrganizationResponse?> OnCallAsync(int call, OrganizationRequest request, CancellationToken cancellationToken)
    {
        if (refused.Contains(call))
        {
            RefusedRequests.Add(request.RequestName);
            throw Fault(retryAfter);
        }

        return Task.FromResult<OrganizationResponse?>(null);
    }
}
