using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Dataverse.LeadHandover.InMemory.Store;

namespace Dataverse.LeadHandover.InMemory.SolutionSource;

/// <summary>
/// The relationships in <c>Other/Relationships/*.xml</c>: the lookup targets of 1:N relationships (a lookup column
/// doesn't name its target in Entity.xml) and the N:N relationships with their intersect tables. Names there are
/// schema names; logical names are their lower-case form.
/// </summary>
internal sealed class SolutionRelationships
{
    private readonly Dictionary<(string Table, string Column), List<string>> _lookupTargets = [];

    public List<ManyToManyDefinition> ManyToMany { get; } = [];

    public static SolutionRelationships Read(string solutionFolder)
    {
        var relationships = new SolutionRelationships();
        var folder = Path.Combine(solutionFolder, "Other", "Relationships");
        if (!Directory.Exists(folder))
        {
            return relationships;
        }

        foreach (var file in Directory.EnumerateFiles(folder, "*.xml").Order(StringComparer.Ordinal))
        {
            foreach (var relationship in SolutionXml.Root(file).Elements("EntityRelationship"))
            {
                relationships.Add(relationship);
            }
        }

        return relationships;
    }

    public IReadOnlyList<string> TargetsOf(string table, string column) =>
        _lookupTargets.TryGetValue((table, column), out var targets) ? targets : [];

    private void Add(System.Xml.Linq.XElement relationship)
    {
        var type = SolutionXml.Text(relationship, "EntityRelationshipType");
        if (string.Equals(type, "ManyToMany", StringComparison.Ordinal))
        {
            var first = SolutionXml.Text(relationship, "FirstEntityName");
            var second = SolutionXml.Text(relationship, "SecondEntityName");
            var intersect = SolutionXml.Text(relationship, "IntersectEntityName");
            var name = (string?)relationship.Attribute("Name");
            if (first is not null && second is not null && intersect is not null && name is not null)
            {
                ManyToMany.Add(new ManyToManyDefinition(name, Logical(first), Logical(second), Logical(intersect)));
            }

            return;
        }

        var referencing = SolutionXml.Text(relationship, "ReferencingEntityName");
        var referenced = SolutionXml.Text(relationship, "ReferencedEntityName");
        var attribute = SolutionXml.Text(relationship, "ReferencingAttributeName");
        if (referencing is null || referenced is null || attribute is null)
        {
            return;
        }

        var key = (Logical(referencing), Logical(attribute));
        if (!_lookupTargets.TryGetValue(key, out var targets))
        {
            targets = [];
            _lookupTargets[key] = targets;
        }

        // "Owner" is the polymorphic owner relationship, not a table.
        var target = Logical(referenced);
        var expanded = target == "owner" ? new[] { "systemuser", "team" } : [target];
        targets.AddRange(expanded.Where(t => !targets.Contains(t)));
    }

    private static string Logical(string schemaName) => schemaName.ToLowerInvariant();
}
