using System;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.InMemory.Tests.Plugins;

/// <summary>Fails with an exception that is not an InvalidPluginExecutionException.</summary>
public sealed class CrashingPlugin : IPlugin
{
    public void Execute(IServiceProvider serviceProvider) => throw new InvalidOperationException("index was out of range");
}
