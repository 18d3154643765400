using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Dataverse.LeadHandover.InMemory.Store;
using Dataverse.LeadHandover.Sandbox.Metadata;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.Sandbox.WebApi;

/// <summary>
/// Writes a row as the Web API returns it: <c>@odata.etag</c> from the row version, lookups as
/// <c>_column_value</c>, and, when the request's <c>Prefer</c> header asks for
/// <c>odata.include-annotations</c>, each lookup's name and table and each choice's label as annotations.
/// </summary>
internal static class ODataRow
{
    public const string FormattedValue = "@OData.Community.Display.V1.FormattedValue";
    public const string LookupLogicalName = "@Microsoft.Dynamics.CRM.lookuplogicalname";

    public static void Write(Utf8JsonWriter writer, Entity row, string primaryIdColumn, IReadOnlyList<ColumnInfo>? select, SolutionMetadata metadata, bool annotations)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(metadata);
        writer.WriteStartObject();
        if (row.GetAttributeValue<long?>("versionnumber") is long version)
        {
            writer.WriteString("@odata.etag", "W/\"" + version + "\"");
        }

        // The primary key always comes back, whatever $select says, as the Web API returns it.
        var columns = select is null
            ? row.Attributes.Keys.Order(StringComparer.Ordinal)
            : select.Select(column => column.LogicalName).Append(primaryIdColumn).Distinct(StringComparer.Ordinal);
        foreach (var column in columns)
        {
            row.Attributes.TryGetValue(column, out var value);
            var info = metadata.Column(row.LogicalName, column);
            var isLookup = value is EntityReference || info?.Type is ColumnType.Lookup or ColumnType.Owner or ColumnType.Customer;
            var name = isLookup ? "_" + column + "_value" : column;
            writer.WritePropertyName(name);
            ODataValues.Write(writer, value);
            if (!annotations || value is null)
            {
                continue;
            }

            if (value is EntityReference reference)
            {
                writer.WriteString(name + FormattedValue, reference.Name);
                writer.WriteString(name + LookupLogicalName, reference.LogicalName);
            }
            else if (value is OptionSetValue or Money or bool or DateTime)
            {
                writer.WriteString(name + FormattedValue, DisplayValue.Format(metadata, row.LogicalName, column, value));
            }
        }

        writer.WriteEndObject();
    }
}
