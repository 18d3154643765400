using Dataverse.LeadHandover.InMemory.Pipeline;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.InMemory.Messages;

/// <summary>Executes one message, reading its parameters by key so typed and generic requests behave the same.</summary>
internal interface IMessageHandler
{
    string MessageName { get; }

    OrganizationResponse Handle(OrganizationRequest request, ExecutionOrigin origin);
}
