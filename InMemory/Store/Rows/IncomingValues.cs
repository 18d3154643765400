using System;
using System.Collections.Generic;
using System.Linq;
using Dataverse.LeadHandover.InMemory.Store.Faults;
using Dataverse.LeadHandover.InMemory.Store.Metadata;
using Dataverse.LeadHandover.InMemory.Store.Values;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.InMemory.Store.Rows;

/// <summary>
/// Checks the columns a Create or Update carries against the table's metadata and returns the values to
/// store: copied, dates in UTC, lookups without their display name (Dataverse resolves names on read).
/// A null value is kept as null: it clears the column.
/// </summary>
internal static class IncomingValues
{
    public static Dictionary<string, object?> Read(StoreState state, TableSchema schema, Entity entity, ISet<string> ignored)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var attribute in entity.Attributes)
        {
            if (ignored.Contains(attribute.Key))
            {
                continue;
            }

            if (!schema.HasColumn(attribute.Key))
            {
                throw PlatformFaults.UnknownColumn(schema.LogicalName, attribute.Key);
            }

            values[attribute.Key] = attribute.Value is null ? null : Prepare(state, schema, attribute.Key, attribute.Value);
        }

        return values;
    }

    private static object? Prepare(StoreState state, TableSchema schema, string column, object value)
    {
        if (!schema.IsLooselyTyped && schema.TryGetColumn(column, out var definition))
        {
            CheckAgainst(schema, definition, value);
        }

        if (value is EntityReference reference && state.Schemas.ContainsKey(reference.LogicalName)
            && !state.Rows.Contains(reference.LogicalName, reference.Id))
        {
            throw PlatformFaults.RowNotFound(reference.LogicalName, reference.Id);
        }

        return ValueCopier.CopyValue(value) switch
        {
            DateTime date => UtcDateTime.From(date, state.UserZone),
            EntityReference copy => new EntityReference(copy.LogicalName, copy.Id),
            var copy => copy,
        };
    }

    private static void CheckAgainst(TableSchema schema, ColumnDefinition definition, object value)
    {
        if (!ColumnValueRule.Accepts(definition.Type, value))
        {
            throw PlatformFaults.WrongValueType(definition.LogicalName, value);
        }

        if (value is string text && definition.MaxLength is int maxLength && text.Length > maxLength)
        {
            throw PlatformFaults.TextTooLong(schema.LogicalName, definition.LogicalName, maxLength);
        }

        if (value is EntityReference reference && definition.LookupTargets.Count > 0
            && !definition.LookupTargets.Contains(reference.LogicalName, StringComparer.Ordinal))
        {
            throw PlatformFaults.LookupTargetNotAllowed(schema.LogicalName, definition.LogicalName, reference.LogicalName);
        }
    }
}
