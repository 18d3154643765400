using System;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.InMemory.Pipeline;

/// <summary>A custom API with its main-operation plug-in, created on first use and then reused.</summary>
internal sealed class RegisteredCustomApi
{
    private readonly Lazy<IPlugin> _instance;

    public RegisteredCustomApi(CustomApiDefinition definition)
    {
        PluginActivator.EnsureIsPlugin(definition.PluginType, definition.UniqueName);
        Definition = definition;
        _instance = new Lazy<IPlugin>(() => PluginActivator.Create(definition.PluginType, null, null));
    }

    public CustomApiDefinition Definition { get; }

    public IPlugin Instance => _instance.Value;
}
