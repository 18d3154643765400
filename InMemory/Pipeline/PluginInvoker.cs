using System;
using System.ServiceModel;
using Dataverse.LeadHandover.InMemory.Faults;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.InMemory.Pipeline;

/// <summary>
/// Runs one plug-in (or posts to one webhook) and turns what it throws into what the caller receives
/// (https://learn.microsoft.com/power-apps/developer/data-platform/handle-exceptions):
/// <see cref="InvalidPluginExecutionException"/> becomes fault 0x80040265 (IsvAborted) with the plug-in's message;
/// any other exception becomes 0x80040224 (IsvUnExpected) "An unexpected error occurred from ISV code.", the original
/// exception kept in <c>TraceText</c>; a fault from a nested call travels on unchanged.
/// </summary>
internal sealed class PluginInvoker(InMemoryDataverse dataverse)
{
    private const string UnexpectedMessage = "An unexpected error occurred from ISV code.";

    public void Invoke(RegisteredStep step, PluginExecutionContext context)
    {
        if (step.Registration.ServiceEndpointId is { } endpointId)
        {
            Guard(step.Registration.PluginType, () => dataverse.ServiceEndpoints.Post(endpointId, context));
            return;
        }

        Invoke(step.Instance, step.Registration.PluginType, context);
    }

    public void Invoke(IPlugin plugin, Type pluginType, PluginExecutionContext context)
    {
        var failuresBefore = dataverse.Transactions.EndedByFailureCount;
        Guard(pluginType, () => plugin.Execute(new PluginServiceProvider(dataverse, context, pluginType)));

        // A nested call failed inside our transaction and the plug-in carried on as if nothing happened.
        if (context.IsInTransaction && dataverse.Transactions.EndedByFailureCount != failuresBefore)
        {
            throw PlatformFault.IsvReducedTransactionCount(dataverse.Clock);
        }
    }

    private void Guard(Type pluginType, Action run)
    {
        try
        {
            run();
        }
        catch (FaultException<OrganizationServiceFault>)
        {
            throw;
        }
        catch (InvalidPluginExecutionException e)
        {
            throw PlatformFault.Create(PlatformErrorCodes.IsvAborted, e.Message, dataverse.Clock);
        }
        catch (Exception e)
        {
            throw PlatformFault.Create(
                PlatformErrorCodes.IsvUnExpected,
                UnexpectedMessage,
                dataverse.Clock,
                $"Unexpected exception from plug-in (Execute): {pluginType.FullName}: {e}");
        }
    }
}
