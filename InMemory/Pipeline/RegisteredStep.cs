using System;
using System.Linq;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.InMemory.Pipeline;

/// <summary>A step registration with its plug-in instance, created on first use and then reused for every execution.</summary>
internal sealed class RegisteredStep
{
    private readonly Lazy<IPlugin> _instance;

    public RegisteredStep(StepRegistration registration, int order)
    {
        Registration = registration;
        Order = order;
        _instance = new Lazy<IPlugin>(() => PluginActivator.Create(
            registration.PluginType, registration.UnsecureConfiguration, registration.SecureConfiguration));
    }

    public StepRegistration Registration { get; }

    /// <summary>Registration order, the tie-breaker between steps of equal rank.</summary>
    public int Order { get; }

    public IPlugin Instance => _instance.Value;

    public bool IsServiceEndpoint => Registration.ServiceEndpointId.HasValue;

    public EntityReference OwningExtension =>
        new("sdkmessageprocessingstep", Registration.Id) { Name = Registration.Name };

    public bool Handles(string messageName, string primaryEntityName)
    {
        if (!string.Equals(Registration.Message, messageName, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var entity = Registration.PrimaryEntity;
        return string.IsNullOrEmpty(entity)
            || string.Equals(entity, "none", StringComparison.OrdinalIgnoreCase)
            || string.Equals(entity, primaryEntityName, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Filtering attributes apply to Update: the step runs only when the Target carries at least one of them
    /// (https://learn.microsoft.com/power-apps/developer/data-platform/register-plug-in).
    /// </summary>
    public bool PassesFilter(string messageName, ParameterCollection inputParameters)
    {
        var filter = Registration.FilteringAttributes;
        if (filter.Count == 0 || !string.Equals(messageName, "Update", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return inputParameters.TryGetValue("Target", out var target)
            && target is Entity entity
            && filter.Any(attribute => entity.Attributes.ContainsKey(attribute));
    }
}
