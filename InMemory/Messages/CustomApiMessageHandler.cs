using System;
using Dataverse.LeadHandover.InMemory.Faults;
using Dataverse.LeadHandover.InMemory.Pipeline;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.InMemory.Messages;

/// <summary>
/// A custom API message: the request's parameters become <c>InputParameters</c>, the API's plug-in runs as the main
/// operation (stage 30), and what it writes to <c>OutputParameters</c> becomes the response's <c>Results</c>
/// (https://learn.microsoft.com/power-apps/developer/data-platform/custom-api). Steps registered on the message run
/// around it like on any other message. Bound APIs take the implicit <c>Target</c> EntityReference.
/// </summary>
internal sealed class CustomApiMessageHandler(InMemoryDataverse dataverse, RegisteredCustomApi api) : IMessageHandler
{
    public string MessageName => api.Definition.UniqueName;

    public OrganizationResponse Handle(OrganizationRequest request, ExecutionOrigin origin)
    {
        var definition = api.Definition;
        var inputs = DetachedCopy.Of(request.Parameters);
        CustomApiParameterCheck.Validate(definition, inputs, dataverse.Clock);
        var target = BoundTarget(definition, inputs);
        var main = dataverse.Pipeline.Run(
            new MessageOperation
            {
                MessageName = definition.UniqueName,
                PrimaryEntityName = definition.BoundEntity ?? "none",
                PrimaryEntityId = target?.Id ?? Guid.Empty,
                RequestId = request.RequestId,
                InputParameters = inputs,
                MainOperation = context =>
                {
                    dataverse.Invoker.Invoke(api.Instance, definition.PluginType, context);
                    return context.PrimaryEntityId;
                },
            },
            origin);
        return RequestParameter.Response(new OrganizationResponse(), definition.UniqueName, main.OutputParameters);
    }

    private EntityReference? BoundTarget(CustomApiDefinition definition, ParameterCollection inputs)
    {
        if (definition.BoundEntity is null)
        {
            return null;
        }

        var target = RequestParameter.Required<EntityReference>(inputs, "Target", definition.UniqueName, dataverse.Clock);
        if (!string.Equals(target.LogicalName, definition.BoundEntity, StringComparison.Ordinal))
        {
            throw PlatformFault.InvalidArgument(
                $"The custom API '{definition.UniqueName}' is bound to '{definition.BoundEntity}', not '{target.LogicalName}'.", dataverse.Clock);
        }

        return target;
    }
}
