using Dataverse.LeadHandover.InMemory.Store;

namespace Dataverse.LeadHandover.Sandbox.Metadata;

/// <summary>What the sandbox's web pages and Web API need to know of a column: its type, its choice and its label.</summary>
/// <param name="LogicalName">The column's logical name.</param>
/// <param name="Type">The Dataverse column type.</param>
/// <param name="DisplayName">The label shown in views and forms.</param>
/// <param name="OptionSetName">For a choice column, the global choice or a name of the sandbox's own for out-of-the-box choices.</param>
internal sealed record ColumnInfo(string LogicalName, ColumnType Type, string DisplayName, string? OptionSetName = null);
