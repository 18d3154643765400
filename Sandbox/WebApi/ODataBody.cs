using System;
using System.Text.Json;
using Dataverse.LeadHandover.Sandbox.Metadata;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.Sandbox.WebApi;

/// <summary>
/// Reads a create or update body into an <see cref="Entity"/>: each property by its column's type, and each
/// <c>navigation@odata.bind</c> (<c>"lh_leadsourceid@odata.bind": "/lh_leadsources(&lt;id&gt;)"</c>) as a lookup.
/// Dataverse names the navigation property after the lookup's schema name (often mixed case, e.g.
/// <c>lh_LeadSourceId</c>); the sandbox accepts it in any case.
/// </summary>
internal static class ODataBody
{
    private const string BindSuffix = "@odata.bind";

    public static Entity Read(JsonElement body, string table, SolutionMetadata metadata, Guid? id = null)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        if (body.ValueKind != JsonValueKind.Object)
        {
            throw new ODataException("The request body must be a JSON object.");
        }

        var entity = id is Guid rowId ? new Entity(table, rowId) : new Entity(table);
        foreach (var property in body.EnumerateObject())
        {
            if (property.Name.StartsWith('@'))
            {
                continue;
            }

            if (property.Name.EndsWith(BindSuffix, StringComparison.Ordinal))
            {
                var navigation = property.Name[..^BindSuffix.Length].ToLowerInvariant();
                var column = metadata.Column(table, navigation);
                if (column is null || column.Type is not (InMemory.Store.ColumnType.Lookup or InMemory.Store.ColumnType.Owner or InMemory.Store.ColumnType.Customer))
                {
                    throw new ODataException(ODataError.UnknownProperty(property.Name[..^BindSuffix.Length], table), "unknown navigation property");
                }

                entity[column.LogicalName] = Reference(property.Value, metadata);
                continue;
            }

            var info = metadata.Column(table, property.Name)
                ?? throw new ODataException(ODataError.UnknownProperty(property.Name, table), "unknown property");
            entity[info.LogicalName] = ODataValues.FromJson(info, property.Value);
        }

        return entity;
    }

    private static EntityReference? Reference(JsonElement value, SolutionMetadata metadata)
    {
        if (value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        var path = EntitySetPath.Parse(value.GetString());
        if (path?.Id is not Guid id)
        {
            throw new ODataException("An @odata.bind value must name one row, e.g. \"/lh_leadsources(00000000-0000-0000-0000-000000000000)\"; got " + value.GetRawText() + ".");
        }

        return metadata.EntitySets.TryGetValue(path.EntitySet, out var table)
            ? new EntityReference(table, id)
            : throw new ODataException(ODataError.UnknownSegment(path.EntitySet), "unknown entity set");
    }
}
