using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using Dataverse.LeadHandover.InMemory.Store;

namespace Dataverse.LeadHandover.InMemory.SolutionSource;

/// <summary>
/// Reads <c>Entities/&lt;Schema&gt;/Entity.xml</c>. A table whose columns include its primary key is one the solution
/// creates and becomes fully typed; anything else is an existing table shipped as a shell and stays loosely typed.
/// </summary>
internal static class EntityXmlReader
{
    public static (TableDefinition Table, bool IsCustom) Read(string path, SolutionRelationships relationships)
    {
        var root = SolutionXml.Root(path);
        var entity = root.Element("EntityInfo")?.Element("entity");
        var schemaName = (string?)entity?.Attribute("Name") ?? SolutionXml.Text(root, "Name")
            ?? throw new System.IO.InvalidDataException($"{path} names no table.");
        var logicalName = schemaName.ToLowerInvariant();
        var attributes = entity?.Element("attributes")?.Elements("attribute").ToList() ?? [];
        var primaryKey = attributes.FirstOrDefault(a => string.Equals(SolutionXml.Text(a, "Type"), "primarykey", StringComparison.Ordinal));
        if (primaryKey is null)
        {
            return (new TableDefinition(logicalName, logicalName + "id"), false);
        }

        var ownership = SolutionXml.Text(entity!, "OwnershipTypeMask") switch
        {
            "OrganizationOwned" => TableOwnership.Organization,
            "None" => TableOwnership.None,
            _ => TableOwnership.UserOrTeam,
        };
        var columns = new Dictionary<string, ColumnDefinition>(StringComparer.Ordinal);
        foreach (var attribute in attributes)
        {
            if (ColumnOf(attribute, logicalName, relationships) is { } column)
            {
                columns[column.LogicalName] = column;
            }
        }

        SystemColumns.AddMissing(columns, ownership);
        var primaryName = attributes.FirstOrDefault(a => SolutionXml.Text(a, "DisplayMask")?.Contains("PrimaryName", StringComparison.Ordinal) == true);
        var table = new TableDefinition(logicalName, LogicalNameOf(primaryKey))
        {
            PrimaryNameAttribute = primaryName is null ? null : LogicalNameOf(primaryName),
            DisplayName = SolutionXml.Label(entity!.Element("LocalizedNames")) ?? (string?)root.Element("Name")?.Attribute("LocalizedName"),
            Ownership = ownership,
            Columns = columns,
            DefaultStatusByState = DefaultStatuses(attributes) ?? new Dictionary<int, int> { [0] = 1, [1] = 2 },
        };
        return (table, true);
    }

    private static ColumnDefinition? ColumnOf(XElement attribute, string table, SolutionRelationships relationships)
    {
        var type = ColumnTypeOf(SolutionXml.Text(attribute, "Type"));
        if (type is null)
        {
            return null;
        }

        var logicalName = LogicalNameOf(attribute);
        IReadOnlyList<string> targets = type switch
        {
            ColumnType.Owner => ["systemuser", "team"],
            ColumnType.Lookup or ColumnType.Customer => relationships.TargetsOf(table, logicalName),
            _ => [],
        };
        return new ColumnDefinition(logicalName, type.Value)
        {
            LookupTargets = targets.Count > 0 || type != ColumnType.Customer ? targets : ["account", "contact"],
            MaxLength = type is ColumnType.String or ColumnType.Memo ? SolutionXml.Integer(attribute, "MaxLength") : null,
            DisplayName = SolutionXml.Label(attribute.Element("displaynames")),
        };
    }

    private static string LogicalNameOf(XElement attribute) =>
        (SolutionXml.Text(attribute, "LogicalName") ?? (string?)attribute.Attribute("PhysicalName") ?? string.Empty).ToLowerInvariant();

    private static ColumnType? ColumnTypeOf(string? type) => type switch
    {
        "primarykey" or "uniqueidentifier" => ColumnType.UniqueIdentifier,
        "nvarchar" => ColumnType.String,
        "ntext" => ColumnType.Memo,
        "int" => ColumnType.Integer,
        "bigint" => ColumnType.BigInt,
        "decimal" => ColumnType.Decimal,
        "float" => ColumnType.Double,
        "money" => ColumnType.Money,
        "bit" => ColumnType.Boolean,
        "datetime" => ColumnType.DateTime,
        "picklist" => ColumnType.Picklist,
        "multiselectpicklist" => ColumnType.MultiSelectPicklist,
        "lookup" => ColumnType.Lookup,
        "customer" => ColumnType.Customer,
        "owner" => ColumnType.Owner,
        "state" => ColumnType.State,
        "status" => ColumnType.Status,

        // image, file, virtual, partylist…: columns the SDK can't write as plain values; left out.
        _ => null,
    };

    private static Dictionary<int, int>? DefaultStatuses(List<XElement> attributes)
    {
        var states = attributes
            .Where(a => string.Equals(SolutionXml.Text(a, "Type"), "state", StringComparison.Ordinal))
            .SelectMany(a => a.Descendants("state"))
            .ToList();
        if (states.Count == 0)
        {
            return null;
        }

        return states
            .Where(s => s.Attribute("value") is not null && s.Attribute("defaultstatus") is not null)
            .ToDictionary(s => (int)s.Attribute("value")!, s => (int)s.Attribute("defaultstatus")!);
    }
}
