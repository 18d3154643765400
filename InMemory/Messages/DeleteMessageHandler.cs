using Dataverse.LeadHandover.InMemory.Pipeline;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace Dataverse.LeadHandover.InMemory.Messages;

/// <summary>Delete: pre-images show the row as it was; there is no post-image.</summary>
internal sealed class DeleteMessageHandler(InMemoryDataverse dataverse) : IMessageHandler
{
    public string MessageName => "Delete";

    public OrganizationResponse Handle(OrganizationRequest request, ExecutionOrigin origin)
    {
        var inputs = DetachedCopy.Of(request.Parameters);
        var target = RequestParameter.Required<EntityReference>(inputs, "Target", MessageName, dataverse.Clock);
        dataverse.Pipeline.Run(
            new MessageOperation
            {
                MessageName = MessageName,
                PrimaryEntityName = target.LogicalName,
                PrimaryEntityId = target.Id,
                RequestId = request.RequestId,
                InputParameters = inputs,
                PreImages = true,
                MainOperation = context =>
                {
                    var reference = RequestParameter.Required<EntityReference>(context.InputParameters, "Target", MessageName, dataverse.Clock);
                    dataverse.Store.Delete(reference, RequestParameter.Concurrency(context.InputParameters));
                    return reference.Id;
                },
            },
            origin);
        return RequestParameter.Response(new DeleteResponse(), MessageName);
    }
}
