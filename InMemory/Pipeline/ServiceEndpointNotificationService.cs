using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.InMemory.Pipeline;

/// <summary>Lets a plug-in post its context to a registered service endpoint (webhook), synchronously.</summary>
internal sealed class ServiceEndpointNotificationService(ServiceEndpointRegistry endpoints) : IServiceEndpointNotificationService
{
    public string Execute(EntityReference serviceEndpoint, IExecutionContext context)
    {
        endpoints.Post(serviceEndpoint.Id, context);

        // Webhooks are one-way: Dataverse ignores the receiver's body, so there is no listener response to return.
        return string.Empty;
    }
}
