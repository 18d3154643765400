using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.InMemory.Pipeline;

/// <summary>One message as the pipeline sees it: what it is about, its parameters, and its main operation.</summary>
internal sealed class MessageOperation
{
    public required string MessageName { get; init; }

    /// <summary>The table, or <c>none</c> for messages without one.</summary>
    public required string PrimaryEntityName { get; init; }

    /// <summary>The caller's <c>OrganizationRequest.RequestId</c>.</summary>
    public Guid? RequestId { get; init; }

    /// <summary>Known before the main operation except for Create without a caller-chosen id.</summary>
    public Guid PrimaryEntityId { get; init; }

    /// <summary>A detached copy of the request's parameters, which PreValidation and PreOperation plug-ins may change.</summary>
    public required ParameterCollection InputParameters { get; init; }

    /// <summary>Stage 30: does the work from the (possibly changed) inputs, writes outputs, returns the primary id.</summary>
    public required Func<PluginExecutionContext, Guid> MainOperation { get; init; }

    /// <summary>Whether registered pre-images are built (the row exists before the operation).</summary>
    public bool PreImages { get; init; }

    /// <summary>Whether registered post-images are built in PostOperation.</summary>
    public bool PostImages { get; init; }

    /// <summary>
    /// Splits the inputs, after PreValidation, into the parts the platform runs as separate operations; the
    /// default is one part.
    /// </summary>
    public Func<ParameterCollection, IReadOnlyList<ParameterCollection>>? Parts { get; init; }

    /// <summary>
    /// For Create, Update and Delete, PreOperation and PostOperation plug-ins see PreValidation's shared variables
    /// through <c>ParentContext.SharedVariables</c>; for other messages the collection is the same
    /// (https://learn.microsoft.com/power-apps/developer/data-platform/understand-the-data-context).
    /// </summary>
    public bool HasOwnPreValidationContext =>
        MessageName is "Create" or "Update" or "Delete" or "RetrieveExchangeRate";
}
