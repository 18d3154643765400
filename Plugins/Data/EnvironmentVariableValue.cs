namespace Dataverse.LeadHandover.Plugins.Data;

/// <summary>An environment variable's text in force and whether it came from a current value rather than the default.</summary>
public sealed record EnvironmentVariableValue(string SchemaName, string? Text, bool IsOverridden);
