using System;
using Dataverse.LeadHandover.InMemory.Faults;
using Dataverse.LeadHandover.InMemory.Pipeline;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace Dataverse.LeadHandover.InMemory.Messages;

/// <summary>Update: writes only the Target's columns, possibly as several operations (see <see cref="SpecialUpdateParts"/>).</summary>
internal sealed class UpdateMessageHandler(InMemoryDataverse dataverse) : IMessageHandler
{
    public string MessageName => "Update";

    public OrganizationResponse Handle(OrganizationRequest request, ExecutionOrigin origin)
    {
        var inputs = DetachedCopy.Of(request.Parameters);
        var target = RequestParameter.Required<Entity>(inputs, "Target", MessageName, dataverse.Clock);
        var primaryIdAttribute = dataverse.Store.TryGetTable(target.LogicalName, out var table) ? table.PrimaryIdAttribute : null;
        var id = IdOf(target, primaryIdAttribute);
        dataverse.Pipeline.Run(
            new MessageOperation
            {
                MessageName = MessageName,
                PrimaryEntityName = target.LogicalName,
                PrimaryEntityId = id,
                RequestId = request.RequestId,
                InputParameters = inputs,
                PreImages = true,
                PostImages = true,
                Parts = parameters => SpecialUpdateParts.Split(parameters, primaryIdAttribute),
                MainOperation = context =>
                {
                    var entity = RequestParameter.Required<Entity>(context.InputParameters, "Target", MessageName, dataverse.Clock);
                    dataverse.Store.Update(entity, RequestParameter.Concurrency(context.InputParameters), context.UserId);
                    return context.PrimaryEntityId;
                },
            },
            origin);
        return RequestParameter.Response(new UpdateResponse(), MessageName);
    }

    private Guid IdOf(Entity target, string? primaryIdAttribute)
    {
        if (target.Id != Guid.Empty)
        {
            return target.Id;
        }

        if (primaryIdAttribute is not null && target.Attributes.TryGetValue(primaryIdAttribute, out var value) && value is Guid id)
        {
            return id;
        }

        // Text from https://learn.microsoft.com/power-apps/developer/data-platform/org-service/entity-operations-update-delete.
        throw PlatformFault.InvalidArgument("Entity Id must be specified for Update", dataverse.Clock);
    }
}
