using System.Collections.Generic;
using System.Linq;

namespace Dataverse.LeadHandover.InMemory.Pipeline;

/// <summary>Every registered step, and the ones that apply to a given message, table, stage and mode, in run order.</summary>
internal sealed class StepCatalog
{
    private readonly List<RegisteredStep> _steps = [];

    public void Add(StepRegistration registration)
    {
        if (registration.ServiceEndpointId is null)
        {
            PluginActivator.EnsureIsPlugin(registration.PluginType, registration.Name);
        }

        _steps.Add(new RegisteredStep(registration, _steps.Count));
    }

    public IReadOnlyList<RegisteredStep> For(string messageName, string primaryEntityName, PipelineStage stage, StepMode mode) =>
        _steps
            .Where(step => step.Registration.Stage == stage
                && step.Registration.Mode == mode
                && step.Handles(messageName, primaryEntityName))
            .OrderBy(step => step.Registration.Rank)
            .ThenBy(step => step.Order)
            .ToList();
}
