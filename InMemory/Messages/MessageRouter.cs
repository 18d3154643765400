using System;
using System.Collections.Generic;
using Dataverse.LeadHandover.InMemory.Faults;
using Dataverse.LeadHandover.InMemory.Pipeline;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.InMemory.Messages;

/// <summary>Finds the handler for a request name: a built-in message, else a registered custom API, else a fault.</summary>
internal sealed class MessageRouter
{
    private readonly InMemoryDataverse _dataverse;
    private readonly Dictionary<string, IMessageHandler> _handlers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RegisteredCustomApi> _customApis = new(StringComparer.Ordinal);

    public MessageRouter(InMemoryDataverse dataverse)
    {
        _dataverse = dataverse;
        IMessageHandler[] handlers =
        [
            new CreateMessageHandler(dataverse),
            new RetrieveMessageHandler(dataverse),
            new UpdateMessageHandler(dataverse),
            new DeleteMessageHandler(dataverse),
            new RetrieveMultipleMessageHandler(dataverse),
            new AssociateMessageHandler(dataverse, associate: true),
            new AssociateMessageHandler(dataverse, associate: false),
            new UpsertMessageHandler(dataverse),
            new ExecuteMultipleMessageHandler(dataverse),
            new ExecuteTransactionMessageHandler(dataverse),
            new SetStateMessageHandler(dataverse),
            new AssignMessageHandler(dataverse),
            new WhoAmIMessageHandler(dataverse),
        ];
        foreach (var handler in handlers)
        {
            _handlers.Add(handler.MessageName, handler);
        }
    }

    public void AddCustomApi(CustomApiDefinition definition)
    {
        if (_handlers.ContainsKey(definition.UniqueName))
        {
            throw new ArgumentException($"'{definition.UniqueName}' is a built-in message name.", nameof(definition));
        }

        _customApis[definition.UniqueName] = new RegisteredCustomApi(definition);
    }

    public OrganizationResponse Execute(OrganizationRequest request, ExecutionOrigin origin)
    {
        ArgumentNullException.ThrowIfNull(request);
        var name = request.RequestName ?? string.Empty;
        if (_handlers.TryGetValue(name, out var handler))
        {
            return handler.Handle(request, origin);
        }

        if (_customApis.TryGetValue(name, out var api))
        {
            return new CustomApiMessageHandler(_dataverse, api).Handle(request, origin);
        }

        // UNVERIFIED: the platform's code and wording for a request name it doesn't know.
        throw PlatformFault.Create(
            PlatformErrorCodes.UnExpected,
            $"Request '{name}' is not a message this organization knows: no built-in message or custom API has that name.",
            _dataverse.Clock);
    }
}
