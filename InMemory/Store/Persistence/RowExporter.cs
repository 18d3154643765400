using System;
using System.Collections.Generic;
using System.Linq;
using Dataverse.LeadHandover.InMemory.Store.Values;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.InMemory.Store.Persistence;

/// <summary>
/// Copies every stored row exactly as stored: all columns, including those the platform writes itself
/// (created and modified on and by, owner, state, version number) and the rows of N:N intersect tables.
/// </summary>
internal static class RowExporter
{
    public static List<Entity> Export(StoreState state) =>
        state.Schemas.Keys
            .Order(StringComparer.Ordinal)
            .SelectMany(table => state.Rows.All(table)

                // Version order is write order, so a file reads oldest first and diffs stay small.
                .OrderBy(row => row.GetAttributeValue<long?>(Metadata.TableSchema.VersionNumber) ?? 0)
                .ThenBy(row => row.Id))
            .Select(ValueCopier.CopyEntity)
            .ToList();
}
