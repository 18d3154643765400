using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;

namespace Dataverse.LeadHandover.Solution.Tests.Source;

/// <summary>A table as its <c>Entities/&lt;SchemaName&gt;/Entity.xml</c> describes it.</summary>
internal sealed class TableDefinition
{
    private TableDefinition(string folder, string entityName, string? ownership, string? entitySetName, IReadOnlyDictionary<string, AttributeDefinition> attributes)
    {
        Folder = folder;
        EntityName = entityName;
        Ownership = ownership;
        EntitySetName = entitySetName;
        Attributes = attributes;
    }

    /// <summary>The folder name, which is the table's SchemaName.</summary>
    public string Folder { get; }

    /// <summary><c>entity/@Name</c>: the SchemaName again.</summary>
    public string EntityName { get; }

    public string LogicalName => Folder.ToLowerInvariant();

    /// <summary><c>UserOwned</c> or <c>OrgOwned</c>; null for an existing table carried as a shell.</summary>
    public string? Ownership { get; }

    public string? EntitySetName { get; }

    /// <summary>An existing (system) table that only carries the columns this solution adds.</summary>
    public bool IsShell => Ownership is null;

    public IReadOnlyDictionary<string, AttributeDefinition> Attributes { get; }

    public AttributeDefinition? PrimaryKey => Attributes.Values.SingleOrDefault(a => a.Type == "primarykey");

    public AttributeDefinition? PrimaryName =>
        Attributes.Values.SingleOrDefault(a => a.DisplayMask?.Split('|').Contains("PrimaryName") == true);

    public static TableDefinition Load(string folder)
    {
        var document = SolutionFiles.Xml($"Entities/{folder}/Entity.xml");
        var entity = document.Root!.Element("EntityInfo")!.Element("entity")!;
        var attributes = entity.Element("attributes")!.Elements("attribute")
            .Select(Read)
            .ToDictionary(a => a.LogicalName, StringComparer.OrdinalIgnoreCase);
        return new TableDefinition(
            folder,
            (string)entity.Attribute("Name")!,
            (string?)entity.Element("OwnershipTypeMask"),
            (string?)entity.Element("EntitySetName"),
            attributes);
    }

    private static AttributeDefinition Read(XElement attribute) => new(
        (string)attribute.Attribute("PhysicalName")!,
        (string)attribute.Element("LogicalName")!,
        (string)attribute.Element("Type")!,
        (string?)attribute.Element("IsCustomField") == "1",
        (string?)attribute.Element("OptionSetName"),
        (string?)attribute.Element("DisplayMask"));
}
