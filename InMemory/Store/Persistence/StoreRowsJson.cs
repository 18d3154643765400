using System;
using System.Collections.Generic;
using System.Text.Json;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.InMemory.Store.Persistence;

/// <summary>
/// Rows from <see cref="DataverseStore.ExportRows"/> as JSON and back, losing nothing the store keeps: every column
/// with its SDK type (see <see cref="StoredValueJson"/>), the id and the RowVersion. The format is this store's own,
/// for saving an organization between runs; it is not a Dataverse export format.
/// </summary>
/// <example>
/// <code>[{"table":"lead","id":"…","rowVersion":"7","columns":{"subject":{"string":"Pumps"},"revenue":{"money":1200.5}}}]</code>
/// </example>
public static class StoreRowsJson
{
    /// <summary>Writes the rows as one JSON array.</summary>
    public static void Write(Utf8JsonWriter writer, IEnumerable<Entity> rows)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(rows);
        writer.WriteStartArray();
        foreach (var row in rows)
        {
            writer.WriteStartObject();
            writer.WriteString("table", row.LogicalName);
            writer.WriteString("id", row.Id);
            if (row.RowVersion is not null)
            {
                writer.WriteString("rowVersion", row.RowVersion);
            }

            writer.WriteStartObject("columns");
            foreach (var column in row.Attributes)
            {
                if (column.Value is null)
                {
                    continue;
                }

                writer.WritePropertyName(column.Key);
                StoredValueJson.Write(writer, row.LogicalName, column.Key, column.Value);
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    /// <summary>Reads rows written by <see cref="Write"/>.</summary>
    /// <exception cref="JsonException">The JSON is not in this format; the message says where.</exception>
    public static List<Entity> Read(JsonElement rows)
    {
        if (rows.ValueKind != JsonValueKind.Array)
        {
            throw new JsonException("Stored rows must be a JSON array.");
        }

        var result = new List<Entity>(rows.GetArrayLength());
        foreach (var element in rows.EnumerateArray())
        {
            var table = Required(element, "table").GetString() ?? throw new JsonException("A stored row has no table.");
            var row = new Entity(table, Required(element, "id").GetGuid());
            if (element.TryGetProperty("rowVersion", out var version))
            {
                row.RowVersion = version.GetString();
            }

            foreach (var column in Required(element, "columns").EnumerateObject())
            {
                row[column.Name] = StoredValueJson.Read(column.Value, table, column.Name);
            }

            result.Add(row);
        }

        return result;
    }

    private static JsonElement Required(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? value : throw new JsonException($"A stored row has no '{name}'.");
}
