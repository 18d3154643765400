using Dataverse.LeadHandover.InMemory.Pipeline;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.LeadHandover.InMemory.Messages;

/// <summary>Retrieve: plug-ins see the row as <c>OutputParameters["BusinessEntity"]</c>; the response carries it as <c>Entity</c>.</summary>
internal sealed class RetrieveMessageHandler(InMemoryDataverse dataverse) : IMessageHandler
{
    public string MessageName => "Retrieve";

    public OrganizationResponse Handle(OrganizationRequest request, ExecutionOrigin origin)
    {
        var inputs = DetachedCopy.Of(request.Parameters);
        var target = RequestParameter.Required<EntityReference>(inputs, "Target", MessageName, dataverse.Clock);
        var main = dataverse.Pipeline.Run(
            new MessageOperation
            {
                MessageName = MessageName,
                PrimaryEntityName = target.LogicalName,
                PrimaryEntityId = target.Id,
                RequestId = request.RequestId,
                InputParameters = inputs,
                MainOperation = context =>
                {
                    var reference = RequestParameter.Required<EntityReference>(context.InputParameters, "Target", MessageName, dataverse.Clock);

                    // A null ColumnSet answers only the primary key, as the platform does.
                    var columns = RequestParameter.Optional<ColumnSet>(context.InputParameters, "ColumnSet") ?? new ColumnSet();
                    context.OutputParameters["BusinessEntity"] = dataverse.Store.Retrieve(reference.LogicalName, reference.Id, columns);
                    return reference.Id;
                },
            },
            origin);
        var response = RequestParameter.Response(new RetrieveResponse(), MessageName);
        response.Results["Entity"] = main.OutputParameters["BusinessEntity"];
        return response;
    }
}
