using Dataverse.LeadHandover.InMemory.Pipeline;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.InMemory.Messages;

/// <summary>WhoAmI: the calling user, their business unit and the organization.</summary>
internal sealed class WhoAmIMessageHandler(InMemoryDataverse dataverse) : IMessageHandler
{
    public string MessageName => "WhoAmI";

    public OrganizationResponse Handle(OrganizationRequest request, ExecutionOrigin origin)
    {
        var main = dataverse.Pipeline.Run(
            new MessageOperation
            {
                MessageName = MessageName,
                PrimaryEntityName = "none",
                RequestId = request.RequestId,
                InputParameters = DetachedCopy.Of(request.Parameters),
                MainOperation = context =>
                {
                    context.OutputParameters["UserId"] = context.UserId;
                    context.OutputParameters["BusinessUnitId"] = context.BusinessUnitId;
                    context.OutputParameters["OrganizationId"] = context.OrganizationId;
                    return context.PrimaryEntityId;
                },
            },
            origin);
        return RequestParameter.Response(new WhoAmIResponse(), MessageName, main.OutputParameters);
    }
}
