using System;
using System.Collections.Generic;
using System.Globalization;
using Dataverse.LeadHandover.InMemory.Store.Metadata;
using Dataverse.LeadHandover.InMemory.Store.Values;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.InMemory.Store.Persistence;

/// <summary>
/// Puts exported rows back as they were: no audit stamp, default, validation or version is applied, because
/// the rows already carry what the platform wrote when they were first saved.
/// </summary>
internal static class RowImporter
{
    public static int Import(StoreState state, IEnumerable<Entity> rows)
    {
        if (state.Rows.Journal is not null)
        {
            throw new InvalidOperationException("Rows cannot be imported while a transaction is open: an import is not a write the transaction could undo.");
        }

        // Checked before anything is stored, so a bad file changes nothing.
        var checkedRows = new List<(TableSchema Schema, Entity Row)>();
        foreach (var row in rows)
        {
            ArgumentNullException.ThrowIfNull(row, nameof(rows));
            var schema = state.RequireTable(row.LogicalName);
            if (row.Id == Guid.Empty)
            {
                throw new ArgumentException($"A '{row.LogicalName}' row has no id; only exported rows can be imported.", nameof(rows));
            }

            checkedRows.Add((schema, row));
        }

        foreach (var (schema, row) in checkedRows)
        {
            var copy = ValueCopier.CopyEntity(row);
            copy[schema.PrimaryIdAttribute] = row.Id;
            if (copy.GetAttributeValue<long?>(TableSchema.VersionNumber) is long version)
            {
                copy.RowVersion ??= version.ToString(CultureInfo.InvariantCulture);
                state.EnsureVersionAtLeast(version);
            }

            state.Rows.Put(schema.LogicalName, copy);
        }

        return checkedRows.Count;
    }
}
