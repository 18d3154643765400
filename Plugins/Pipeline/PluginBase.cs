using System;
using System.Globalization;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.Plugins.Pipeline;

/// <summary>
/// The ceremony every step shares, so step classes stay one line of intent: build the local context,
/// trace entry and exit with elapsed milliseconds, let business errors through unchanged, and turn
/// everything else into an <see cref="InvalidPluginExecutionException"/> a user can quote to support.
/// </summary>
/// <remarks>
/// Dataverse caches one instance per step and calls it from many threads at once, so nothing about an
/// execution may live in a field: the only fields are the step's registration-time configuration.
/// </remarks>
public abstract class PluginBase : IPlugin
{
    protected PluginBase(string? unsecureConfiguration = null, string? secureConfiguration = null)
    {
        UnsecureConfiguration = unsecureConfiguration;
        SecureConfiguration = secureConfiguration;
    }

    protected string? UnsecureConfiguration { get; }

    protected string? SecureConfiguration { get; }

    private string PluginName => GetType().Name;

    public void Execute(IServiceProvider serviceProvider)
    {
        if (serviceProvider is null)
        {
            throw new ArgumentNullException(nameof(serviceProvider));
        }

        var context = new LocalPluginContext(serviceProvider);
        var execution = context.ExecutionContext;
        context.Trace(string.Format(
            CultureInfo.InvariantCulture,
            "Entered {0}: {1} of {2} {3}, stage {4}, mode {5}, correlation {6}.",
            PluginName,
            execution.MessageName,
            execution.PrimaryEntityName,
            execution.PrimaryEntityId,
            execution.Stage,
            execution.Mode,
            execution.CorrelationId));

        try
        {
            Run(context);
        }
        catch (InvalidPluginExecutionException ex)
        {
            // A business rule refused the operation: its message is written for the user, pass it on as is.
            context.Trace("Refused: " + ex.Message);
            throw;
        }
        catch (FaultException<OrganizationServiceFault> ex)
        {
            context.Trace(string.Format(CultureInfo.InvariantCulture, "Dataverse fault {0}: {1}", ex.Detail?.ErrorCode, ex.Detail?.Message ?? ex.Message));
            throw new InvalidPluginExecutionException(
                string.Format(CultureInfo.InvariantCulture, "{0} could not complete because Dataverse refused a request: {1}", PluginName, ex.Detail?.Message ?? ex.Message),
                ex);
        }
        catch (Exception ex)
        {
            context.Trace("Unexpected " + ex);
            throw new InvalidPluginExecutionException(
                string.Format(
                    CultureInfo.InvariantCulture,
                    "An unexpected error occurred in {0}. Nothing was saved. Give your administrator this reference: correlation {1}.",
                    PluginName,
                    execution.CorrelationId),
                ex);
        }
        finally
        {
            context.Trace("Exiting " + PluginName + ".");
        }
    }

    /// <summary>The step's work, written against the local context; throw <see cref="InvalidPluginExecutionException"/> to refuse.</summary>
    protected abstract void Run(ILocalPluginContext context);
}
