using System;
using System.Linq;
using Dataverse.LeadHandover.InMemory.Pipeline;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.LeadHandover.InMemory.Messages;

/// <summary>
/// Upsert: finds the row by id, else by its key attributes; updates it (key columns left out) or creates it (key
/// values copied in), through internal Update/Create requests so their steps run
/// (https://learn.microsoft.com/power-apps/developer/data-platform/use-upsert-insert-update-record).
/// </summary>
internal sealed class UpsertMessageHandler(InMemoryDataverse dataverse) : IMessageHandler
{
    public string MessageName => "Upsert";

    public OrganizationResponse Handle(OrganizationRequest request, ExecutionOrigin origin)
    {
        var inputs = DetachedCopy.Of(request.Parameters);
        var target = RequestParameter.Required<Entity>(inputs, "Target", MessageName, dataverse.Clock);
        var existing = FindExisting(target);
        var main = dataverse.Pipeline.Run(
            new MessageOperation
            {
                MessageName = MessageName,
                PrimaryEntityName = target.LogicalName,
                PrimaryEntityId = existing ?? target.Id,
                RequestId = request.RequestId,
                InputParameters = inputs,
                PreImages = existing.HasValue,
                PostImages = true,
                MainOperation = context => Write(context, existing, origin),
            },
            origin);
        return RequestParameter.Response(new UpsertResponse(), MessageName, main.OutputParameters);
    }

    private Guid Write(PluginExecutionContext context, Guid? existing, ExecutionOrigin origin)
    {
        var entity = DetachedCopy.Of(RequestParameter.Required<Entity>(context.InputParameters, "Target", MessageName, dataverse.Clock));
        Guid id;
        if (existing is { } found)
        {
            foreach (var key in entity.KeyAttributes.Select(pair => pair.Key).ToList())
            {
                entity.Attributes.Remove(key);
            }

            entity.KeyAttributes.Clear();
            entity.Id = found;
            dataverse.Dispatch(new UpdateRequest { Target = entity }, origin.Internal(context));
            id = found;
        }
        else
        {
            foreach (var key in entity.KeyAttributes.Where(pair => !entity.Attributes.ContainsKey(pair.Key)).ToList())
            {
                entity[key.Key] = key.Value;
            }

            entity.KeyAttributes.Clear();
            id = ((CreateResponse)dataverse.Dispatch(new CreateRequest { Target = entity }, origin.Internal(context))).id;
        }

        context.OutputParameters["RecordCreated"] = existing is null;
        context.OutputParameters["Target"] = new EntityReference(entity.LogicalName, id);
        return id;
    }

    private Guid? FindExisting(Entity target)
    {
        if (target.Id != Guid.Empty)
        {
            return dataverse.Store.Snapshot(target.LogicalName, target.Id) is null ? null : target.Id;
        }

        if (target.KeyAttributes.Count == 0)
        {
            return null;
        }

        var query = new QueryByAttribute(target.LogicalName) { ColumnSet = new ColumnSet(), TopCount = 1 };
        foreach (var key in target.KeyAttributes)
        {
            query.AddAttributeValue(key.Key, key.Value);
        }

        return dataverse.Store.RetrieveMultiple(query).Entities.FirstOrDefault()?.Id;
    }
}
