using Dataverse.LeadHandover.InMemory.Pipeline;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace Dataverse.LeadHandover.InMemory.Messages;

/// <summary>
/// Assign (deprecated in favour of updating <c>ownerid</c>): its main operation is an internal Update, so Update
/// steps run too, with the Assign context as <c>ParentContext</c>
/// (https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.ipluginexecutioncontext.parentcontext).
/// </summary>
internal sealed class AssignMessageHandler(InMemoryDataverse dataverse) : IMessageHandler
{
    public string MessageName => "Assign";

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
                PostImages = true,
                MainOperation = context =>
                {
                    var reference = RequestParameter.Required<EntityReference>(context.InputParameters, "Target", MessageName, dataverse.Clock);
                    var assignee = RequestParameter.Required<EntityReference>(context.InputParameters, "Assignee", MessageName, dataverse.Clock);
                    var update = new UpdateRequest
                    {
                        Target = new Entity(reference.LogicalName, reference.Id) { ["ownerid"] = DetachedCopy.Of(assignee) },
                    };
                    dataverse.Dispatch(update, origin.Internal(context));
                    return reference.Id;
                },
            },
            origin);
        return RequestParameter.Response(new AssignResponse(), MessageName);
    }
}
