using System;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.InMemory.Tests.Plugins;

/// <summary>Rejects the operation with its unsecure configuration as the message.</summary>
public sealed class RejectingPlugin(string unsecure) : IPlugin
{
    public void Execute(IServiceProvider serviceProvider) => throw new InvalidPluginExecutionException(unsecure);
}
