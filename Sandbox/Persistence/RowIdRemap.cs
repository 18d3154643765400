using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.Sandbox.Persistence;

/// <summary>
/// Rewrites ids in saved rows: a new organization makes its own SYSTEM user and root business unit, so every saved
/// reference to the old ones (owners, created by, business units) must point at the new ones.
/// </summary>
internal static class RowIdRemap
{
    public static List<Entity> Apply(IEnumerable<Entity> rows, IReadOnlyDictionary<Guid, Guid> map)
    {
        ArgumentNullException.ThrowIfNull(map);
        return rows.Select(row =>
        {
            var copy = new Entity(row.LogicalName, Map(row.Id, map)) { RowVersion = row.RowVersion };
            foreach (var (column, value) in row.Attributes)
            {
                copy[column] = value switch
                {
                    Guid id => Map(id, map),
                    EntityReference reference => new EntityReference(reference.LogicalName, Map(reference.Id, map)) { Name = reference.Name },
                    _ => value,
                };
            }

            return copy;
        }).ToList();
    }

    private static Guid Map(Guid id, IReadOnlyDictionary<Guid, Guid> map) => map.TryGetValue(id, out var mapped) ? mapped : id;
}
