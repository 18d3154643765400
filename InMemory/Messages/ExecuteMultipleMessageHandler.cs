using System;
using System.ServiceModel;
using Dataverse.LeadHandover.InMemory.Faults;
using Dataverse.LeadHandover.InMemory.Pipeline;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace Dataverse.LeadHandover.InMemory.Messages;

/// <summary>
/// ExecuteMultiple, as "Execute multiple requests using the SDK for .NET" describes
/// (https://learn.microsoft.com/power-apps/developer/data-platform/org-service/execute-multiple-requests):
/// requests run in order, each in its own transaction (unless called inside one); faults come back per item with the
/// 0-based <c>RequestIndex</c>; <c>ContinueOnError</c> false stops at the first fault; <c>ReturnResponses</c> false
/// returns items for faults only; more than 1000 requests is refused before any runs, with
/// <c>ErrorDetails["MaxBatchSize"]</c>; an ExecuteMultiple inside the batch is refused for that item.
/// </summary>
internal sealed class ExecuteMultipleMessageHandler(InMemoryDataverse dataverse) : IMessageHandler
{
    public const int MaxBatchSize = 1000;

    public string MessageName => "ExecuteMultiple";

    public OrganizationResponse Handle(OrganizationRequest request, ExecutionOrigin origin)
    {
        var requests = RequestParameter.Required<OrganizationRequestCollection>(request.Parameters, "Requests", MessageName, dataverse.Clock);
        var settings = RequestParameter.Required<ExecuteMultipleSettings>(request.Parameters, "Settings", MessageName, dataverse.Clock);
        if (requests.Count > MaxBatchSize)
        {
            // UNVERIFIED: the fault's code; the MaxBatchSize detail is what callers are told to read.
            var fault = new OrganizationServiceFault
            {
                ErrorCode = PlatformErrorCodes.InvalidArgument,
                Message = $"The number of requests in ExecuteMultiple ({requests.Count}) exceeds the maximum batch size of {MaxBatchSize}.",
                Timestamp = dataverse.Clock.GetUtcNow().UtcDateTime,
            };
            fault.ErrorDetails["MaxBatchSize"] = MaxBatchSize;
            throw PlatformFault.Wrap(fault);
        }

        var responses = new ExecuteMultipleResponseItemCollection();
        var isFaulted = false;
        for (var index = 0; index < requests.Count; index++)
        {
            var item = new ExecuteMultipleResponseItem { RequestIndex = index };
            try
            {
                var response = Execute(requests[index], origin);
                if (settings.ReturnResponses)
                {
                    item.Response = response;
                    responses.Add(item);
                }
            }
            catch (FaultException<OrganizationServiceFault> e)
            {
                isFaulted = true;
                item.Fault = e.Detail;
                responses.Add(item);
                if (!settings.ContinueOnError)
                {
                    break;
                }
            }
        }

        var result = RequestParameter.Response(new ExecuteMultipleResponse(), MessageName);
        result.Results["Responses"] = responses;
        result.Results["IsFaulted"] = isFaulted;
        return result;
    }

    private OrganizationResponse Execute(OrganizationRequest request, ExecutionOrigin origin)
    {
        if (string.Equals(request.RequestName, MessageName, StringComparison.Ordinal))
        {
            // UNVERIFIED: the fault's code and text; that the item is refused is documented.
            throw PlatformFault.InvalidArgument("ExecuteMultiple cannot contain another ExecuteMultiple request.", dataverse.Clock);
        }

        try
        {
            return dataverse.Dispatch(request, origin);
        }
        catch (Exception e) when (e is not FaultException<OrganizationServiceFault>)
        {
            // Every item failure reaches the caller as an OrganizationServiceFault, never as a raw exception.
            throw PlatformFault.Create(PlatformErrorCodes.UnExpected, e.Message, dataverse.Clock, e.ToString());
        }
    }
}
