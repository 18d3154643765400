using System;
using Dataverse.LeadHandover.InMemory.Pipeline;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace Dataverse.LeadHandover.InMemory.Messages;

/// <summary>Create: writes the Target (as PreOperation left it) and answers the new id; PostOperation sees it as <c>OutputParameters["id"]</c>.</summary>
internal sealed class CreateMessageHandler(InMemoryDataverse dataverse) : IMessageHandler
{
    public string MessageName => "Create";

    public OrganizationResponse Handle(OrganizationRequest request, ExecutionOrigin origin)
    {
        var inputs = DetachedCopy.Of(request.Parameters);
        var target = RequestParameter.Required<Entity>(inputs, "Target", MessageName, dataverse.Clock);
        var main = dataverse.Pipeline.Run(
            new MessageOperation
            {
                MessageName = MessageName,
                PrimaryEntityName = target.LogicalName,
                PrimaryEntityId = target.Id,
                RequestId = request.RequestId,
                InputParameters = inputs,
                PostImages = true,
                MainOperation = context =>
                {
                    var entity = RequestParameter.Required<Entity>(context.InputParameters, "Target", MessageName, dataverse.Clock);
                    var id = dataverse.Store.Create(entity, context.UserId);
                    context.OutputParameters["id"] = id;
                    return id;
                },
            },
            origin);
        return RequestParameter.Response(new CreateResponse(), MessageName, main.OutputParameters);
    }
}
