using Dataverse.LeadHandover.InMemory.Pipeline;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace Dataverse.LeadHandover.InMemory.Messages;

/// <summary>Associate and Disassociate: link or unlink rows through an N:N relationship.</summary>
internal sealed class AssociateMessageHandler(InMemoryDataverse dataverse, bool associate) : IMessageHandler
{
    public string MessageName => associate ? "Associate" : "Disassociate";

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
                MainOperation = context =>
                {
                    var parameters = context.InputParameters;
                    var reference = RequestParameter.Required<EntityReference>(parameters, "Target", MessageName, dataverse.Clock);
                    var relationship = RequestParameter.Required<Relationship>(parameters, "Relationship", MessageName, dataverse.Clock);
                    var related = RequestParameter.Required<EntityReferenceCollection>(parameters, "RelatedEntities", MessageName, dataverse.Clock);
                    if (associate)
                    {
                        dataverse.Store.Associate(reference.LogicalName, reference.Id, relationship, related);
                    }
                    else
                    {
                        dataverse.Store.Disassociate(reference.LogicalName, reference.Id, relationship, related);
                    }

                    return reference.Id;
                },
            },
            origin);
        return RequestParameter.Response(associate ? new AssociateResponse() : new DisassociateResponse(), MessageName);
    }
}
