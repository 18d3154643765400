using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using Dataverse.LeadHandover.Solution.Tests.Source;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Dataverse.LeadHandover.Solution.Tests.Packaging;

/// <summary>
/// The manifest names the package an admin imports, and everything this solution authors carries the publisher's
/// prefix. Solution.xml shape: https://learn.microsoft.com/power-platform/alm/solution-packager-tool
/// </summary>
[TestClass]
public sealed class ManifestTests
{
    [TestMethod]
    public void Manifest_NamesTheLeadHandoverPackage()
    {
        var root = SolutionFiles.Xml("Other/Solution.xml").Root!;
        var manifest = SolutionModel.Manifest;
        var publisher = manifest.Element("Publisher")!;

        Assert.AreEqual("ImportExportXml", root.Name.LocalName);
        Assert.AreEqual("9.2", (string?)root.Attribute("SolutionPackageVersion"));
        StringAssert.StartsWith((string?)root.Attribute("version"), "9.2.");
        Assert.AreEqual("LeadHandover", (string?)manifest.Element("UniqueName"));
        Assert.AreEqual("Lead Handover", LocalizedName(manifest));
        Assert.AreEqual("0.1.0.0", (string?)manifest.Element("Version"));
        Assert.AreEqual("2", (string?)manifest.Element("Managed"), "the folder holds both packages (Managed 2), as the .cdsproj packs Both");
        Assert.AreEqual("Dataverse.LeadHandover", LocalizedName(publisher));
        Assert.AreEqual("lh", (string?)publisher.Element("CustomizationPrefix"));
        Assert.AreEqual("72510", (string?)publisher.Element("CustomizationOptionValuePrefix"));
    }

    [TestMethod]
    public void Customizations_IsTheExportSkeleton()
    {
        var root = SolutionFiles.Xml("Other/Customizations.xml").Root!;

        Assert.AreEqual("ImportExportXml", root.Name.LocalName);
        Assert.AreEqual("1033", (string?)root.Element("Languages")?.Element("Language"));
        Assert.IsTrue(root.Elements().Where(e => e.Name.LocalName != "Languages").All(e => e.IsEmpty), "component bodies live in their own folders");
    }

    [TestMethod]
    public void AuthoredNames_StartWithThePublisherPrefix()
    {
        var prefix = SolutionModel.Prefix + "_";
        var authored = new List<string>();
        foreach (var table in SolutionModel.Tables.Values)
        {
            if (!table.IsShell)
            {
                authored.Add(table.EntityName);
            }

            authored.AddRange(table.Attributes.Values.Where(a => a.IsCustomField).Select(a => a.PhysicalName));
        }

        authored.AddRange(SolutionFiles.Find("OptionSets", "*.xml").Select(p => (string)SolutionFiles.Xml(p).Root!.Attribute("Name")!));
        authored.AddRange(SolutionModel.EnvironmentVariableFolders);
        authored.AddRange(SolutionModel.CustomApiFolders);
        authored.AddRange(CustomRelationshipNames());
        authored.AddRange(SolutionModel.RootComponents.Where(r => r.Type is 62 or 80).Select(r => r.SchemaName!));

        var problems = authored.Where(n => !n.StartsWith(prefix, StringComparison.Ordinal)).Select(n => $"{n} lacks the prefix {prefix}").ToList();

        Assert.IsGreaterThan(50, authored.Count);
        Problems.AssertNone(problems);
    }

    private static IEnumerable<string> CustomRelationshipNames()
    {
        // Names of a new table's system relationships are chosen by the platform, not by us.
        string[] platform = ["lk_", "business_unit_", "owner_", "team_", "user_", "organization_"];
        return SolutionFiles.Xml("Other/Relationships.xml").Root!.Elements("EntityRelationship")
            .Select(r => (string)r.Attribute("Name")!)
            .Where(n => !platform.Any(p => n.StartsWith(p, StringComparison.Ordinal)));
    }

    private static string? LocalizedName(XElement owner) =>
        (string?)owner.Element("LocalizedNames")?.Elements("LocalizedName").Single(n => (string?)n.Attribute("languagecode") == "1033").Attribute("description");
}
