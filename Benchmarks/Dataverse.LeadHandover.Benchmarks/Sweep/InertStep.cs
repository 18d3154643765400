using System;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.Benchmarks.Sweep;

/// <summary>Stands in for every plug-in step the solution registers: the benchmark measures the sweep's requests, not the steps.</summary>
public sealed class InertStep : IPlugin
{
    public void Execute(IServiceProvider serviceProvider)
    {
    }
}
