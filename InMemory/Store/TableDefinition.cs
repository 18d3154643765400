using System.Collections.Generic;

namespace Dataverse.LeadHandover.InMemory.Store;

/// <summary>The metadata of one table.</summary>
/// <param name="LogicalName">The table's logical name, e.g. <c>lead</c>.</param>
/// <param name="PrimaryIdAttribute">The primary key column, e.g. <c>leadid</c>.</param>
public sealed record TableDefinition(string LogicalName, string PrimaryIdAttribute)
{
    /// <summary>The primary name column, used to fill <c>EntityReference.Name</c> on lookups that point here.</summary>
    public string? PrimaryNameAttribute { get; init; }

    /// <summary>The table's display name, for tools that show metadata.</summary>
    public string? DisplayName { get; init; }

    /// <summary>Who owns rows of this table.</summary>
    public TableOwnership Ownership { get; init; } = TableOwnership.UserOrTeam;

    /// <summary>Whether <c>ConcurrencyBehavior.IfRowVersionMatches</c> may be used on this table.</summary>
    public bool OptimisticConcurrency { get; init; } = true;

    /// <summary>The columns by logical name; empty means the table accepts any column (loosely typed).</summary>
    public IReadOnlyDictionary<string, ColumnDefinition> Columns { get; init; } = new Dictionary<string, ColumnDefinition>();

    /// <summary>The status reason Create and Update apply for a state when none is supplied.</summary>
    public IReadOnlyDictionary<int, int> DefaultStatusByState { get; init; } = new Dictionary<int, int> { [0] = 1, [1] = 2 };
}
