using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using Dataverse.LeadHandover.Solution.Tests.Source;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Dataverse.LeadHandover.Solution.Tests.Tables;

/// <summary>
/// A lookup column needs three pieces: the column in its table, the 1:N relationship in the file named after the
/// referenced table, and the relationship's name in Other/Relationships.xml. The relationship does not bring its
/// column along, so a missing column is a missing dependency at import.
/// </summary>
[TestClass]
public sealed class RelationshipTests
{
    private static IReadOnlyList<(string File, XElement Relationship)> Definitions =>
        SolutionFiles.Find("Other/Relationships", "*.xml")
            .SelectMany(f => SolutionFiles.Xml(f).Root!.Elements("EntityRelationship").Select(r => (f, r)))
            .ToList();

    [TestMethod]
    public void EveryRelationship_SitsInTheFileOfItsReferencedTable()
    {
        var problems = Definitions
            .Where(d => (string?)d.Relationship.Element("ReferencedEntityName") != Path.GetFileNameWithoutExtension(d.File))
            .Select(d => $"{Name(d.Relationship)} references {(string?)d.Relationship.Element("ReferencedEntityName")} but sits in {d.File}")
            .ToList();

        Problems.AssertNone(problems);
    }

    [TestMethod]
    public void EveryRelationship_ReferencesALookupColumnOfItsReferencingTable()
    {
        var problems = new List<string>();
        foreach (var (_, relationship) in Definitions)
        {
            var referencing = (string)relationship.Element("ReferencingEntityName")!;
            var column = (string)relationship.Element("ReferencingAttributeName")!;
            if (!SolutionModel.Tables.TryGetValue(referencing, out var table))
            {
                problems.Add($"{Name(relationship)}: referencing table {referencing} is not in the solution");
                continue;
            }

            if (!table.Attributes.TryGetValue(column, out var attribute) || attribute.Type is not ("lookup" or "owner"))
            {
                problems.Add($"{Name(relationship)}: {referencing}.{column} is not a lookup column of the solution");
            }
            else if (!string.Equals(attribute.PhysicalName, column, StringComparison.Ordinal))
            {
                problems.Add($"{Name(relationship)}: names the column {column}, whose schema name is {attribute.PhysicalName}");
            }

            if (!string.Equals(table.Folder, referencing, StringComparison.Ordinal))
            {
                problems.Add($"{Name(relationship)}: referencing table is named {referencing}, its schema name is {table.Folder}");
            }
        }

        Problems.AssertNone(problems);
    }

    [TestMethod]
    public void RelationshipList_NamesExactlyTheDefinedRelationships()
    {
        var listed = SolutionFiles.Xml("Other/Relationships.xml").Root!.Elements("EntityRelationship").Select(r => Name(r)).Order(StringComparer.Ordinal).ToList();
        var defined = Definitions.Select(d => Name(d.Relationship)).Order(StringComparer.Ordinal).ToList();

        CollectionAssert.AreEqual(defined, listed);
    }

    [TestMethod]
    public void EveryCustomLookup_HasExactlyOneRelationship()
    {
        var problems = new List<string>();
        foreach (var table in SolutionModel.Tables.Values)
        {
            foreach (var lookup in table.Attributes.Values.Where(a => a.Type == "lookup" && a.IsCustomField))
            {
                var count = Definitions.Count(d =>
                    (string?)d.Relationship.Element("ReferencingEntityName") == table.Folder &&
                    (string?)d.Relationship.Element("ReferencingAttributeName") == lookup.PhysicalName);
                if (count != 1)
                {
                    problems.Add($"{table.LogicalName}.{lookup.LogicalName} has {count} relationships");
                }
            }
        }

        Problems.AssertNone(problems);
    }

    [TestMethod]
    [DataRow("lead", "lh_leadsourceid", "lh_LeadSource")]
    [DataRow("lead", "lh_currenthandoverid", "lh_Handover")]
    [DataRow("lead", "lh_qualificationbypassedby", "SystemUser")]
    [DataRow("lh_leadsource", "lh_campaignid", "Campaign")]
    [DataRow("lh_leadsourcechange", "lh_leadid", "Lead")]
    [DataRow("lh_leadsourcechange", "lh_previoussourceid", "lh_LeadSource")]
    [DataRow("lh_leadsourcechange", "lh_newsourceid", "lh_LeadSource")]
    [DataRow("lh_leadsourcechange", "lh_changedby", "SystemUser")]
    [DataRow("lh_handover", "lh_leadid", "Lead")]
    [DataRow("lh_handover", "lh_repid", "SystemUser")]
    [DataRow("lh_handover", "lh_managerid", "SystemUser")]
    [DataRow("lh_handover", "lh_leadsourceid", "lh_LeadSource")]
    [DataRow("lh_handover", "lh_acknowledgedbyid", "SystemUser")]
    [DataRow("lh_repprofile", "lh_userid", "SystemUser")]
    [DataRow("lh_repprofile", "lh_managerid", "SystemUser")]
    [DataRow("lh_repprofile", "lh_calendarid", "lh_BusinessCalendar")]
    [DataRow("lh_holiday", "lh_calendarid", "lh_BusinessCalendar")]
    public void Lookup_PointsToTheContractTable(string table, string column, string referenced)
    {
        var definition = SolutionModel.Tables[table];
        var physical = definition.Attributes[column].PhysicalName;

        var relationship = Definitions.Single(d =>
            (string?)d.Relationship.Element("ReferencingEntityName") == definition.Folder &&
            (string?)d.Relationship.Element("ReferencingAttributeName") == physical).Relationship;

        Assert.AreEqual(referenced, (string?)relationship.Element("ReferencedEntityName"));
    }

    private static string Name(XElement relationship) => (string)relationship.Attribute("Name")!;
}
