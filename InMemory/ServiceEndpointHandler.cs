namespace Dataverse.LeadHandover.InMemory;

/// <summary>
/// Stands in as <see cref="StepRegistration.PluginType"/> for steps whose event handler is a service endpoint:
/// Dataverse registers such steps against a platform type too, and nothing ever instantiates this one.
/// </summary>
public static class ServiceEndpointHandler
{
}
