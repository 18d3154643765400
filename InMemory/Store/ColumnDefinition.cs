using System.Collections.Generic;

namespace Dataverse.LeadHandover.InMemory.Store;

/// <summary>One column of a table: what a value written to it must look like.</summary>
/// <param name="LogicalName">The column's logical name, e.g. <c>subject</c>.</param>
/// <param name="Type">The column type the value is checked against.</param>
public sealed record ColumnDefinition(string LogicalName, ColumnType Type)
{
    /// <summary>Table logical names a lookup may point to; empty means any table.</summary>
    public IReadOnlyList<string> LookupTargets { get; init; } = [];

    /// <summary>Longest text the column accepts; null means no limit.</summary>
    public int? MaxLength { get; init; }

    /// <summary>The column's display name, for tools that show metadata.</summary>
    public string? DisplayName { get; init; }
}
