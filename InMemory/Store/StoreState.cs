using System;
using System.Collections.Generic;
using Dataverse.LeadHandover.InMemory.Store.Faults;
using Dataverse.LeadHandover.InMemory.Store.Metadata;
using Dataverse.LeadHandover.InMemory.Store.Rows;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.InMemory.Store;

/// <summary>Everything the store holds: metadata, rows, the version counter and the clock. Guarded by <see cref="DataverseStore"/>'s lock.</summary>
internal sealed class StoreState(TimeProvider clock)
{
    private long lastVersion;

    public TimeProvider Clock { get; } = clock;

    /// <summary>The calling user's time zone, which Dataverse applies to dates without an offset.</summary>
    public TimeZoneInfo UserZone => Clock.LocalTimeZone;

    public Dictionary<string, TableSchema> Schemas { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, ManyToManyDefinition> Relationships { get; } = new(StringComparer.Ordinal);

    public RowTables Rows { get; } = new();

    /// <summary>The next row version; one counter for the whole store, as Dataverse's rowversion is per database.</summary>
    public long NextVersion() => ++lastVersion;

    /// <summary>Moves the version counter past an imported row's version, so later writes still get higher ones.</summary>
    public void EnsureVersionAtLeast(long version) => lastVersion = Math.Max(lastVersion, version);

    /// <summary>The table's schema, or the platform's unknown-table fault.</summary>
    public TableSchema RequireTable(string? logicalName) =>
        logicalName is not null && Schemas.TryGetValue(logicalName, out var schema)
            ? schema
            : throw PlatformFaults.UnknownTable(logicalName ?? string.Empty);

    /// <summary>A stored row, or the platform's row-not-found fault.</summary>
    public Entity RequireRow(TableSchema schema, Guid id) =>
        Rows.TryGet(schema.LogicalName, id, out var row) ? row : throw PlatformFaults.RowNotFound(schema.LogicalName, id);
}
