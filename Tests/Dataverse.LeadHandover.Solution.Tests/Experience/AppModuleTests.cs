using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using Dataverse.LeadHandover.Solution.Tests.Source;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Dataverse.LeadHandover.Solution.Tests.Experience;

/// <summary>
/// The model-driven app "Lead Handover": its components, site map and role map refer only to things the solution
/// carries or the target already has, in the element order exports write.
/// https://learn.microsoft.com/power-apps/developer/model-driven-apps/create-manage-model-driven-apps-using-code
/// </summary>
[TestClass]
public sealed class AppModuleTests
{
    private const string App = "lh_LeadHandover";

    private static readonly string[] ExportOrder =
    [
        "UniqueName", "IntroducedVersion", "WebResourceId", "OptimizedFor", "statecode", "statuscode", "FormFactor", "ClientType",
        "NavigationType", "AppModuleComponents", "AppModuleRoleMaps", "LocalizedNames", "Descriptions",
    ];

    private static XElement AppModule => SolutionFiles.Xml($"AppModules/{App}/AppModule.xml").Root!;

    private static XElement SiteMap => SolutionFiles.Xml($"AppModuleSiteMaps/{App}/AppModuleSiteMap.xml").Root!;

    [TestMethod]
    public void AppModule_IsNamedLeadHandoverInExportOrder()
    {
        Assert.AreEqual(App, (string?)AppModule.Element("UniqueName"));
        Assert.AreEqual("Lead Handover", (string?)AppModule.Element("LocalizedNames")!.Element("LocalizedName")!.Attribute("description"));
        CollectionAssert.AreEqual(ExportOrder, AppModule.Elements().Select(e => e.Name.LocalName).ToList());
    }

    [TestMethod]
    public void EveryAppComponent_IsInTheSolution()
    {
        var formIds = SolutionModel.Forms.Select(f => Guid.Parse((string)f.Form.Element("formid")!))
            .Concat(SolutionFiles.Find("Dashboards", "*.xml").Select(d => Guid.Parse((string)SolutionFiles.Xml(d).Root!.Element("FormId")!)))
            .ToHashSet();
        var problems = new List<string>();
        foreach (var component in AppModule.Element("AppModuleComponents")!.Elements("AppModuleComponent"))
        {
            var type = (int)component.Attribute("type")!;
            var ok = type switch
            {
                1 => SolutionModel.Tables.ContainsKey((string)component.Attribute("schemaName")!),
                60 => formIds.Contains(Guid.Parse((string)component.Attribute("id")!)),
                62 => (string?)component.Attribute("schemaName") == App,
                _ => false,
            };
            if (!ok)
            {
                problems.Add($"component type {type} {(string?)component.Attribute("schemaName") ?? (string?)component.Attribute("id")} is not in the solution");
            }
        }

        Problems.AssertNone(problems);
    }

    [TestMethod]
    public void RoleMap_NamesRolesOfTheSolution()
    {
        var roles = SolutionModel.RoleFiles.Select(f => Guid.Parse((string)SolutionFiles.Xml(f).Root!.Attribute("id")!)).ToHashSet();

        var mapped = AppModule.Element("AppModuleRoleMaps")!.Elements("Role").Select(r => Guid.Parse((string)r.Attribute("id")!)).ToList();

        Assert.HasCount(3, mapped);
        CollectionAssert.IsSubsetOf(mapped, roles.ToList());
    }

    [TestMethod]
    public void SiteMap_OpensTablesOfTheAppAndItsDashboard()
    {
        var tables = AppModule.Element("AppModuleComponents")!.Elements("AppModuleComponent").Where(c => (string?)c.Attribute("type") == "1").Select(c => (string?)c.Attribute("schemaName")).ToHashSet();
        var dashboard = (string)SolutionFiles.Xml(SolutionFiles.Find("Dashboards", "*.xml").Single()).Root!.Element("FormId")!;
        var subAreas = SiteMap.Descendants("SubArea").ToList();

        var problems = subAreas.Where(s => s.Attribute("Entity") is { } entity && !tables.Contains(entity.Value)).Select(s => $"{(string?)s.Attribute("Id")} opens {(string?)s.Attribute("Entity")}, not a table of the app").ToList();

        Assert.AreEqual(App, (string?)SiteMap.Element("SiteMapUniqueName"));
        Assert.IsTrue(subAreas.Any(s => Guid.TryParse((string?)s.Attribute("DefaultDashboard"), out var id) && id == Guid.Parse(dashboard)), "the site map opens the manager dashboard");
        Assert.AreEqual(tables.Count, subAreas.Count(s => s.Attribute("Entity") is not null), "every table of the app has a site map entry");
        Problems.AssertNone(problems);
    }

    [TestMethod]
    [DataRow("AppModules/lh_LeadHandover/AppModule")]
    [DataRow("AppModuleSiteMaps/lh_LeadHandover/AppModuleSiteMap")]
    public void ManagedTwin_IsIdentical(string file)
    {
        Assert.AreEqual(SolutionFiles.Text(file + ".xml"), SolutionFiles.Text(file + "_managed.xml"));
    }
}
