using System;
using System.Collections.Generic;

namespace Dataverse.LeadHandover.InMemory.Store.Metadata;

/// <summary>
/// A table definition as the store uses it: the defined columns plus the system columns every
/// Dataverse table has (primary key, created/modified on and by, version number, owner), so a typed
/// table need not list them.
/// </summary>
internal sealed class TableSchema
{
    /// <summary>Column names of the audit trail the store writes itself.</summary>
    public const string CreatedOn = "createdon";

    /// <inheritdoc cref="CreatedOn"/>
    public const string ModifiedOn = "modifiedon";

    /// <inheritdoc cref="CreatedOn"/>
    public const string CreatedBy = "createdby";

    /// <inheritdoc cref="CreatedOn"/>
    public const string ModifiedBy = "modifiedby";

    /// <summary>The owner column of user- or team-owned tables.</summary>
    public const string OwnerId = "ownerid";

    /// <summary>The row version column.</summary>
    public const string VersionNumber = "versionnumber";

    /// <summary>The status column.</summary>
    public const string StateCode = "statecode";

    /// <summary>The status reason column.</summary>
    public const string StatusCode = "statuscode";

    /// <summary>The table the audit lookups point to.</summary>
    public const string SystemUser = "systemuser";

    private readonly Dictionary<string, ColumnDefinition> systemColumns;

    public TableSchema(TableDefinition definition, bool isIntersect = false)
    {
        Definition = definition;
        IsIntersect = isIntersect;
        systemColumns = new Dictionary<string, ColumnDefinition>(StringComparer.Ordinal)
        {
            [definition.PrimaryIdAttribute] = new(definition.PrimaryIdAttribute, ColumnType.UniqueIdentifier),
            [VersionNumber] = new(VersionNumber, ColumnType.BigInt),
        };
        if (!isIntersect)
        {
            AddSystem(CreatedOn, ColumnType.DateTime);
            AddSystem(ModifiedOn, ColumnType.DateTime);
            AddSystem(CreatedBy, ColumnType.Lookup, SystemUser);
            AddSystem(ModifiedBy, ColumnType.Lookup, SystemUser);
        }

        if (definition.Ownership == TableOwnership.UserOrTeam)
        {
            AddSystem(OwnerId, ColumnType.Owner, SystemUser, "team");
        }
    }

    public TableDefinition Definition { get; }

    public string LogicalName => Definition.LogicalName;

    public string PrimaryIdAttribute => Definition.PrimaryIdAttribute;

    /// <summary>An intersect table of an N:N relationship; its rows are written only by Associate.</summary>
    public bool IsIntersect { get; }

    /// <summary>No columns defined: any column name and value type is accepted.</summary>
    public bool IsLooselyTyped => Definition.Columns.Count == 0;

    /// <summary>Whether Create gives rows a <c>statecode</c> when none is supplied.</summary>
    public bool TracksState => !IsIntersect && (IsLooselyTyped || Definition.Columns.ContainsKey(StateCode));

    /// <summary>Whether Create and Update give rows a default <c>statuscode</c> for their state.</summary>
    public bool TracksStatus => !IsIntersect && (IsLooselyTyped || Definition.Columns.ContainsKey(StatusCode));

    /// <summary>Whether the table has (or, loosely typed, accepts) the column.</summary>
    public bool HasColumn(string name) => IsLooselyTyped || TryGetColumn(name, out _);

    /// <summary>The defined column, or the system column, of that name.</summary>
    public bool TryGetColumn(string name, out ColumnDefinition column)
    {
        if (Definition.Columns.TryGetValue(name, out var defined))
        {
            column = defined;
            return true;
        }

        return systemColumns.TryGetValue(name, out column!);
    }

    private void AddSystem(string name, ColumnType type, params string[] targets) =>
        systemColumns[name] = new ColumnDefinition(name, type) { LookupTargets = targets };
}
