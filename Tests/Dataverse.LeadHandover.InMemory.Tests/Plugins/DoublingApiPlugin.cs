using System;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.InMemory.Tests.Plugins;

/// <summary>Custom API main operation: <c>Doubled = 2 × Amount</c>, and records its context under <c>RecordKey</c> when given.</summary>
public sealed class DoublingApiPlugin : IPlugin
{
    public void Execute(IServiceProvider serviceProvider)
    {
        var context = (IPluginExecutionContext)serviceProvider.GetService(typeof(IPluginExecutionContext))!;
        context.OutputParameters["Doubled"] = 2 * (int)context.InputParameters["Amount"];
        if (context.InputParameters.TryGetValue("RecordKey", out var key) && key is string recordKey)
        {
            ContextLog.Add(recordKey, ContextLog.Capture(context));
        }
    }
}
