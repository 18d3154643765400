using System;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.Functions.Tests.Support;

/// <summary>Refuses every update of a handover's link version, as a failing Dataverse would after the action went through.</summary>
public sealed class RefuseLinkRetirementPlugin : IPlugin
{
    public void Execute(IServiceProvider serviceProvider) =>
        throw new InvalidPluginExecutionException("Link retirement refused (test).");
}
