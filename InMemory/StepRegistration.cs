using System;
using System.Collections.Generic;

namespace Dataverse.LeadHandover.InMemory;

/// <summary>A plug-in step (an <c>sdkmessageprocessingstep</c> row) registered on the in-memory pipeline.</summary>
/// <param name="Name">Step name, used in traces and errors.</param>
/// <param name="Message">Message name, e.g. <c>Create</c>, <c>Update</c> or a custom API unique name.</param>
/// <param name="PrimaryEntity">Table logical name; <see langword="null"/> or <c>none</c> for every table.</param>
/// <param name="Stage">PreValidation, PreOperation or PostOperation.</param>
/// <param name="Mode">Synchronous or asynchronous (asynchronous is PostOperation only).</param>
/// <param name="PluginType">The <c>IPlugin</c> type; created once per registration and reused, as Dataverse does.</param>
public sealed record StepRegistration(string Name, string Message, string? PrimaryEntity, PipelineStage Stage, StepMode Mode, Type PluginType)
{
    /// <summary>Order within the stage; lower runs first.</summary>
    public int Rank { get; init; } = 1;

    /// <summary>Update steps run only when the Target contains at least one of these; empty means always.</summary>
    public IReadOnlyList<string> FilteringAttributes { get; init; } = [];

    /// <summary>Entity images passed to the plug-in.</summary>
    public IReadOnlyList<StepImage> Images { get; init; } = [];

    /// <summary>Passed as the first constructor argument when the plug-in has a string constructor.</summary>
    public string? UnsecureConfiguration { get; init; }

    /// <summary>Passed as the second constructor argument when the plug-in has a (string, string) constructor.</summary>
    public string? SecureConfiguration { get; init; }

    /// <summary>The <c>sdkmessageprocessingstepid</c>; plug-ins see it as <c>OwningExtension</c>.</summary>
    public Guid Id { get; init; } = Guid.NewGuid();

    /// <summary>
    /// When set, the step's event handler is that service endpoint (a webhook) rather than <see cref="PluginType"/>:
    /// the execution context is posted to the endpoint registered with
    /// <see cref="InMemoryDataverse.RegisterServiceEndpoint"/>.
    /// </summary>
    public Guid? ServiceEndpointId { get; init; }

    /// <summary>A step whose event handler is a registered service endpoint (webhook).</summary>
    public static StepRegistration ForServiceEndpoint(
        string name, string message, string? primaryEntity, PipelineStage stage, StepMode mode, Guid serviceEndpointId) =>
        new(name, message, primaryEntity, stage, mode, typeof(ServiceEndpointHandler)) { ServiceEndpointId = serviceEndpointId };
}
