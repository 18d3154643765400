using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using Dataverse.LeadHandover.Solution.Tests.Source;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Dataverse.LeadHandover.Solution.Tests.Packaging;

/// <summary>
/// Files whose schema is a strict sequence keep the element order real exports write: pack accepts any order,
/// but import validates customizations against the server's schema and rejects a misordered file. Record-style
/// files (environment variables, custom APIs) list their children alphabetically, as exports do.
/// </summary>
[TestClass]
public sealed class ElementOrderTests
{
    [TestMethod]
    public void PluginAssembly_FollowsExportOrder()
    {
        var assembly = SolutionFiles.Xml(SolutionModel.AssemblyFiles.Single()).Root!;

        AssertOrder(assembly, ["Description", "IsolationMode", "SourceType", "IntroducedVersion", "FileName", "PluginTypes"], optional: ["Description"]);
    }

    [TestMethod]
    public void ServiceEndpoint_FollowsExportOrder()
    {
        var endpoint = SolutionFiles.Xml("PluginAssemblies/ServiceEndpoints.xml").Root!.Elements("ServiceEndpoint").Single();

        AssertOrder(endpoint, ["ConnectionMode", "Contract", "Path", "SolutionNamespace", "UserClaim", "IsCustomizable", "AuthType", "MessageFormat", "NamespaceFormat", "Url", "UseKeyVaultConfiguration"]);
    }

    [TestMethod]
    public void SiteMap_FollowsExportOrder()
    {
        var siteMap = SolutionFiles.Xml("AppModuleSiteMaps/lh_LeadHandover/AppModuleSiteMap.xml").Root!;

        AssertOrder(siteMap, ["SiteMapUniqueName", "EnableCollapsibleGroups", "ShowHome", "ShowPinned", "ShowRecents", "SiteMap", "LocalizedNames"]);
    }

    [TestMethod]
    public void EveryRoleAndGlobalChoice_FollowsExportOrder()
    {
        foreach (var role in SolutionModel.RoleFiles)
        {
            AssertOrder(SolutionFiles.Xml(role).Root!, ["IsCustomizable", "RolePrivileges"]);
        }

        foreach (var optionSet in SolutionFiles.Find("OptionSets", "*.xml"))
        {
            AssertOrder(
                SolutionFiles.Xml(optionSet).Root!,
                ["OptionSetType", "IsGlobal", "IntroducedVersion", "IsCustomizable", "ExternalTypeName", "displaynames", "Descriptions", "options"],
                optional: ["ExternalTypeName", "Descriptions"]);
        }
    }

    [TestMethod]
    public void RecordStyleFiles_ListTheirChildrenAlphabetically()
    {
        var files = SolutionFiles.Find("environmentvariabledefinitions", "*.xml").Concat(SolutionFiles.Find("customapis", "*.xml")).ToList();

        var problems = files
            .Where(f =>
            {
                var names = SolutionFiles.Xml(f).Root!.Elements().Select(e => e.Name.LocalName).ToList();
                return !names.SequenceEqual(names.Order(StringComparer.Ordinal));
            })
            .ToList();

        Assert.IsNotEmpty(files);
        Problems.AssertNone(problems);
    }

    private static void AssertOrder(XElement owner, IReadOnlyList<string> order, string[]? optional = null)
    {
        var actual = owner.Elements().Select(e => e.Name.LocalName).ToList();
        var expected = order.Where(e => optional?.Contains(e) != true || actual.Contains(e)).ToList();

        CollectionAssert.AreEqual(expected, actual, $"{owner.Name.LocalName} {(string?)owner.Attribute("name") ?? (string?)owner.Attribute("Name")}");
    }
}
