namespace Dataverse.LeadHandover.InMemory;

/// <summary>A custom API request parameter or response property.</summary>
/// <param name="UniqueName">The key in <c>InputParameters</c>/<c>OutputParameters</c>.</param>
/// <param name="Type">The value's type.</param>
/// <param name="IsOptional">Request parameters only: a missing required parameter is refused before any plug-in runs.</param>
public sealed record CustomApiParameter(string UniqueName, CustomApiParameterType Type, bool IsOptional = false);
