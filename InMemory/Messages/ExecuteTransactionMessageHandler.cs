using System;
using System.ServiceModel;
using Dataverse.LeadHandover.InMemory.Faults;
using Dataverse.LeadHandover.InMemory.Pipeline;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace Dataverse.LeadHandover.InMemory.Messages;

/// <summary>
/// ExecuteTransaction, as "Execute messages in a single database transaction" describes
/// (https://learn.microsoft.com/power-apps/developer/data-platform/org-service/use-executetransaction):
/// all requests in one transaction, in order; the first failure rolls every one back and reaches the caller as an
/// <see cref="ExecuteTransactionFault"/> with the failing request's 0-based <c>FaultedRequestIndex</c>;
/// ExecuteMultiple and ExecuteTransaction can't be inside it.
/// </summary>
internal sealed class ExecuteTransactionMessageHandler(InMemoryDataverse dataverse) : IMessageHandler
{
    public string MessageName => "ExecuteTransaction";

    public OrganizationResponse Handle(OrganizationRequest request, ExecutionOrigin origin)
    {
        var requests = RequestParameter.Required<OrganizationRequestCollection>(request.Parameters, "Requests", MessageName, dataverse.Clock);
        var returnResponses = request.Parameters.TryGetValue("ReturnResponses", out var value) && value is true;
        var responses = new OrganizationResponseCollection();
        using (var transaction = dataverse.Transactions.Enter())
        {
            for (var index = 0; index < requests.Count; index++)
            {
                var response = ExecuteAt(requests, index, origin);
                if (returnResponses)
                {
                    responses.Add(response);
                }
            }

            transaction.Complete();
        }

        var result = RequestParameter.Response(new ExecuteTransactionResponse(), MessageName);
        if (returnResponses)
        {
            result.Results["Responses"] = responses;
        }

        return result;
    }

    private OrganizationResponse ExecuteAt(OrganizationRequestCollection requests, int index, ExecutionOrigin origin)
    {
        var request = requests[index];
        try
        {
            if (request.RequestName is "ExecuteMultiple" or "ExecuteTransaction")
            {
                // UNVERIFIED: the fault's code and text; that such a request is refused is documented.
                throw PlatformFault.InvalidArgument($"ExecuteTransaction cannot contain a {request.RequestName} request.", dataverse.Clock);
            }

            return dataverse.Dispatch(request, origin);
        }
        catch (FaultException<OrganizationServiceFault> e)
        {
            throw PlatformFault.Wrap(FaultAt(e.Detail, index));
        }
        catch (Exception e) when (e is not FaultException)
        {
            throw PlatformFault.Wrap(FaultAt(new OrganizationServiceFault { ErrorCode = PlatformErrorCodes.UnExpected, Message = e.Message, TraceText = e.ToString() }, index));
        }
    }

    private ExecuteTransactionFault FaultAt(OrganizationServiceFault inner, int index)
    {
        var fault = new ExecuteTransactionFault
        {
            ErrorCode = inner.ErrorCode,
            Message = inner.Message,
            Timestamp = dataverse.Clock.GetUtcNow().UtcDateTime,
            TraceText = inner.TraceText,
            InnerFault = inner,
            FaultedRequestIndex = index,
        };
        foreach (var detail in inner.ErrorDetails)
        {
            fault.ErrorDetails[detail.Key] = detail.Value;
        }

        return fault;
    }
}
