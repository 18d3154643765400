using Dataverse.LeadHandover.InMemory.Pipeline;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace Dataverse.LeadHandover.InMemory.Messages;

/// <summary>
/// SetState (deprecated in favour of updating <c>statecode</c>/<c>statuscode</c>): its main operation is an internal
/// Update with the SetState context as parent. A missing or -1 status takes the state's default status, as an Update
/// of only <c>statecode</c> does (https://learn.microsoft.com/power-apps/developer/data-platform/special-update-operation-behavior).
/// </summary>
internal sealed class SetStateMessageHandler(InMemoryDataverse dataverse) : IMessageHandler
{
    public string MessageName => "SetState";

    public OrganizationResponse Handle(OrganizationRequest request, ExecutionOrigin origin)
    {
        var inputs = DetachedCopy.Of(request.Parameters);
        var moniker = RequestParameter.Required<EntityReference>(inputs, "EntityMoniker", MessageName, dataverse.Clock);
        dataverse.Pipeline.Run(
            new MessageOperation
            {
                MessageName = MessageName,
                PrimaryEntityName = moniker.LogicalName,
                PrimaryEntityId = moniker.Id,
                RequestId = request.RequestId,
                InputParameters = inputs,
                PreImages = true,
                PostImages = true,
                MainOperation = context =>
                {
                    var parameters = context.InputParameters;
                    var reference = RequestParameter.Required<EntityReference>(parameters, "EntityMoniker", MessageName, dataverse.Clock);
                    var state = RequestParameter.Required<OptionSetValue>(parameters, "State", MessageName, dataverse.Clock);
                    var status = RequestParameter.Optional<OptionSetValue>(parameters, "Status");
                    var target = new Entity(reference.LogicalName, reference.Id) { ["statecode"] = new OptionSetValue(state.Value) };
                    if (status is { Value: >= 0 })
                    {
                        target["statuscode"] = new OptionSetValue(status.Value);
                    }
                    else if (dataverse.Store.TryGetTable(reference.LogicalName, out var table)
                        && table.DefaultStatusByState.TryGetValue(state.Value, out var defaultStatus))
                    {
                        target["statuscode"] = new OptionSetValue(defaultStatus);
                    }

                    dataverse.Dispatch(new UpdateRequest { Target = target }, origin.Internal(context));
                    return reference.Id;
                },
            },
            origin);
        return RequestParameter.Response(new SetStateResponse(), MessageName);
    }
}
