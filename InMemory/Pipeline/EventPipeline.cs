using System;
using System.Collections.Generic;
using Dataverse.LeadHandover.InMemory.Faults;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.InMemory.Pipeline;

/// <summary>
/// Runs one message through the event execution pipeline in the documented order
/// (https://learn.microsoft.com/power-apps/developer/data-platform/event-framework):
/// <list type="number">
/// <item>PreValidation (stage 10) synchronous steps: outside the database transaction for a top-level call, inside the
/// caller's transaction for a call made from a plug-in;</item>
/// <item>the transaction starts, or the caller's is joined;</item>
/// <item>PreOperation (stage 20) synchronous steps;</item>
/// <item>MainOperation (stage 30): the Store, or a custom API's plug-in;</item>
/// <item>PostOperation (stage 40) synchronous steps;</item>
/// <item>PostOperation asynchronous steps are captured and queued to run after the commit;</item>
/// <item>the transaction commits; any exception before that rolls back everything written since step 2, including
/// nested calls' writes.</item>
/// </list>
/// Steps run by stage, then rank, then registration order. When the platform runs an Update as several operations
/// (special update operation behavior), steps 3–6 repeat for each part.
/// </summary>
internal sealed class EventPipeline(InMemoryDataverse dataverse)
{
    /// <summary>Dataverse stops a chain of nested plug-in calls deeper than this.</summary>
    private const int MaximumDepth = 8;

    /// <summary>Runs the operation and returns the context of its (last) main operation, which carries the outputs.</summary>
    public PluginExecutionContext Run(MessageOperation operation, ExecutionOrigin origin)
    {
        var transactions = dataverse.Transactions;
        var joined = transactions.IsActive;
        try
        {
            return RunStages(operation, origin);
        }
        catch when (joined)
        {
            transactions.EndByFailure();
            throw;
        }
    }

    private PluginExecutionContext RunStages(MessageOperation operation, ExecutionOrigin origin)
    {
        if (origin.Depth > MaximumDepth)
        {
            // UNVERIFIED: code and text of the platform's loop guard.
            throw PlatformFault.Create(
                PlatformErrorCodes.UnExpected,
                $"This plug-in chain exceeded the maximum depth of {MaximumDepth} and was stopped to prevent an infinite loop.",
                dataverse.Clock);
        }

        var frame = NewFrame(operation, origin);
        var outer = new PluginExecutionContext(
            frame, (int)PipelineStage.PreValidation, (int)StepMode.Synchronous, operation.PrimaryEntityId,
            operation.InputParameters, new ParameterCollection(), new ParameterCollection(), origin.Parent,
            dataverse.Transactions.IsActive);
        var before = operation.PreImages ? Snapshot(operation.PrimaryEntityName, operation.PrimaryEntityId) : null;
        RunSynchronous(PipelineStage.PreValidation, outer, operation.PrimaryEntityId, outer.InputParameters, outer.OutputParameters, outer.SharedVariables, origin.Parent, before, null);

        using var transaction = dataverse.Transactions.Enter();
        var parts = operation.Parts?.Invoke(operation.InputParameters) ?? [operation.InputParameters];
        PluginExecutionContext? main = null;
        foreach (var part in parts)
        {
            main = RunPart(operation, outer, part);
        }

        transaction.Complete();
        return main!;
    }

    private PluginExecutionContext RunPart(MessageOperation operation, PluginExecutionContext outer, ParameterCollection inputs)
    {
        var ownContext = operation.HasOwnPreValidationContext;
        var shared = ownContext ? new ParameterCollection() : outer.SharedVariables;
        var parent = ownContext ? outer : outer.Parent;
        var outputs = new ParameterCollection();
        var id = PrimaryIdOf(operation, inputs);
        var before = operation.PreImages ? Snapshot(operation.PrimaryEntityName, id) : null;

        RunSynchronous(PipelineStage.PreOperation, outer, id, inputs, outputs, shared, parent, before, null);

        var main = new PluginExecutionContext(
            outer.Frame, (int)PipelineStage.MainOperation, (int)StepMode.Synchronous, id, inputs, outputs, shared, parent, true);
        id = operation.MainOperation(main);
        main = new PluginExecutionContext(
            outer.Frame, (int)PipelineStage.MainOperation, (int)StepMode.Synchronous, id, inputs, outputs, shared, parent, true);

        var after = operation.PostImages ? Snapshot(operation.PrimaryEntityName, id) : null;
        RunSynchronous(PipelineStage.PostOperation, outer, id, inputs, outputs, shared, parent, before, after);
        QueueAsynchronous(main, before, after);
        return main;
    }

    private void RunSynchronous(
        PipelineStage stage,
        PluginExecutionContext outer,
        Guid primaryEntityId,
        ParameterCollection inputs,
        ParameterCollection outputs,
        ParameterCollection shared,
        PluginExecutionContext? parent,
        Entity? before,
        Entity? after)
    {
        var frame = outer.Frame;
        foreach (var step in dataverse.Steps.For(frame.MessageName, frame.PrimaryEntityName, stage, StepMode.Synchronous))
        {
            if (!step.PassesFilter(frame.MessageName, inputs))
            {
                continue;
            }

            var context = new PluginExecutionContext(
                frame, (int)stage, (int)StepMode.Synchronous, primaryEntityId, inputs, outputs, shared, parent,
                dataverse.Transactions.IsActive, step.OwningExtension);
            EntityImages.Fill(context, step, before, stage == PipelineStage.PostOperation ? after : null);
            dataverse.Invoker.Invoke(step, context);
        }
    }

    private void QueueAsynchronous(PluginExecutionContext main, Entity? before, Entity? after)
    {
        var frame = main.Frame;
        var steps = dataverse.Steps.For(frame.MessageName, frame.PrimaryEntityName, PipelineStage.PostOperation, StepMode.Asynchronous);
        if (steps.Count == 0)
        {
            return;
        }

        // Async contexts are detached snapshots: the parent is the stage-30 context of this operation, whose own
        // parent is not carried (as in captured webhook payloads).
        var parent = new PluginExecutionContext(
            frame, (int)PipelineStage.MainOperation, (int)StepMode.Synchronous, main.PrimaryEntityId,
            DetachedCopy.Of(main.InputParameters), DetachedCopy.Of(main.OutputParameters), DetachedCopy.Of(main.SharedVariables),
            null, true);
        foreach (var step in steps)
        {
            if (!step.PassesFilter(frame.MessageName, main.InputParameters))
            {
                continue;
            }

            var context = new PluginExecutionContext(
                frame, (int)PipelineStage.PostOperation, (int)StepMode.Asynchronous, main.PrimaryEntityId,
                DetachedCopy.Of(main.InputParameters), DetachedCopy.Of(main.OutputParameters), DetachedCopy.Of(main.SharedVariables),
                parent, false, step.OwningExtension)
            {
                OperationId = Guid.NewGuid(),
            };
            EntityImages.Fill(context, step, before, after);
            EntityImages.AddAsynchronousPrimaryName(context, after, dataverse.Store);
            dataverse.Transactions.QueueOnCommit(new QueuedAsyncStep(step, context));
        }
    }

    private ExecutionFrame NewFrame(MessageOperation operation, ExecutionOrigin origin) => new(
        operation.MessageName,
        operation.PrimaryEntityName,
        operation.RequestId,
        origin.Depth,
        origin.UserId,
        origin.InitiatingUserId,
        dataverse.BusinessUnitOf(origin.UserId),
        dataverse.OrganizationId,
        InMemoryDataverse.OrganizationName,
        origin.CorrelationId,
        dataverse.Clock.GetUtcNow().UtcDateTime);

    private static Guid PrimaryIdOf(MessageOperation operation, ParameterCollection inputs) =>
        operation.PrimaryEntityId != Guid.Empty
            ? operation.PrimaryEntityId
            : inputs.TryGetValue("Target", out var target) && target is Entity entity ? entity.Id : Guid.Empty;

    private Entity? Snapshot(string logicalName, Guid id) =>
        id == Guid.Empty || !dataverse.Store.TryGetTable(logicalName, out _) ? null : dataverse.Store.Snapshot(logicalName, id);
}
