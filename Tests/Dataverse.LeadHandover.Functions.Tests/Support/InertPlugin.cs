using System;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.Functions.Tests.Support;

/// <summary>
/// Stands in for every plug-in the solution registers (they are the plug-in tests' subject, not these): the
/// steps are loaded as Dataverse would, but do nothing.
/// </summary>
public sealed class InertPlugin : IPlugin
{
    public void Execute(IServiceProvider serviceProvider)
    {
    }
}
