using System;
using System.Collections.Generic;

namespace Dataverse.LeadHandover.InMemory;

/// <summary>A custom API message whose main operation (stage 30) is <paramref name="PluginType"/>.</summary>
/// <param name="UniqueName">The message name callers pass as <c>OrganizationRequest.RequestName</c>.</param>
/// <param name="PluginType">The <c>IPlugin</c> implementing the main operation.</param>
public sealed record CustomApiDefinition(string UniqueName, Type PluginType)
{
    /// <summary>Table the API is bound to; bound APIs take an implicit <c>Target</c> EntityReference parameter.</summary>
    public string? BoundEntity { get; init; }

    /// <summary>A Web API function (GET) rather than an action; no behavioural difference through the SDK.</summary>
    public bool IsFunction { get; init; }

    /// <summary>Request parameters the caller passes in <c>OrganizationRequest.Parameters</c>.</summary>
    public IReadOnlyList<CustomApiParameter> RequestParameters { get; init; } = [];

    /// <summary>Response properties the plug-in writes to <c>OutputParameters</c>.</summary>
    public IReadOnlyList<CustomApiParameter> ResponseProperties { get; init; } = [];
}
