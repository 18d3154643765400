using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Dataverse.LeadHandover.Solution.Tests.Source;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Dataverse.LeadHandover.Solution.Tests.Packaging;

/// <summary>
/// Mirrors the packager's root component validation ("Following root components are not defined in
/// customizations … RootComponent validation failed"): every root has its definition in the folder, and every
/// component in the folder is a root, so nothing is silently left out of the package.
/// Component type codes: https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/solutioncomponent
/// </summary>
[TestClass]
public sealed class RootComponentTests
{
    [TestMethod]
    public void EveryRootComponent_HasItsDefinitionInTheFolder()
    {
        var problems = SolutionModel.RootComponents.Select(RootComponentDefinitions.Problem).OfType<string>().ToList();

        Problems.AssertNone(problems);
    }

    [TestMethod]
    public void RootComponentCheck_StepWithoutFile_IsReported()
    {
        var missing = new RootComponent(92, null, new Guid("00000000-0000-0000-0000-00000000dead"), 0);

        var problem = RootComponentDefinitions.Problem(missing);

        Assert.IsNotNull(problem);
        StringAssert.Contains(problem, "00000000-0000-0000-0000-00000000dead");
    }

    [TestMethod]
    public void RootComponents_UseOnlyTypesExportsWrite()
    {
        // Columns ride in their table; environment variables and custom APIs travel as folders (a 10000+ code
        // is environment-specific and failed imports).
        var problems = SolutionModel.RootComponents
            .Where(r => r.Type is 2 or 380 or >= 10000)
            .Select(r => $"{r} must not be a root component")
            .ToList();

        Problems.AssertNone(problems);
    }

    [TestMethod]
    public void EveryComponentInTheFolder_IsARootComponent()
    {
        var roots = SolutionModel.RootComponents;
        var problems = new List<string>();

        foreach (var table in SolutionModel.Tables.Values)
        {
            Expect(roots.Any(r => r.Type == 1 && string.Equals(r.SchemaName, table.LogicalName, StringComparison.Ordinal)), $"table {table.LogicalName}", problems);
        }

        foreach (var optionSet in SolutionFiles.Find("OptionSets", "*.xml"))
        {
            var name = Path.GetFileNameWithoutExtension(optionSet);
            Expect(roots.Any(r => r.Type == 9 && r.SchemaName == name), $"choice {name}", problems);
        }

        foreach (var role in SolutionModel.RoleFiles)
        {
            var id = Guid.Parse((string)SolutionFiles.Xml(role).Root!.Attribute("id")!);
            Expect(roots.Any(r => r.Type == 20 && r.Id == id), $"role {role}", problems);
        }

        foreach (var dashboard in SolutionFiles.Find("Dashboards", "*.xml"))
        {
            var id = Guid.Parse((string)SolutionFiles.Xml(dashboard).Root!.Element("FormId")!);
            Expect(roots.Any(r => r.Type == 60 && r.Id == id), $"dashboard {dashboard}", problems);
        }

        foreach (var step in SolutionModel.StepFiles)
        {
            var id = Guid.Parse((string)SolutionFiles.Xml(step).Root!.Attribute("SdkMessageProcessingStepId")!);
            Expect(roots.Any(r => r.Type == 92 && r.Id == id), $"step {step}", problems);
        }

        foreach (var assembly in SolutionModel.AssemblyFiles)
        {
            var id = Guid.Parse((string)SolutionFiles.Xml(assembly).Root!.Attribute("PluginAssemblyId")!);
            Expect(roots.Any(r => r.Type == 91 && r.Id == id), $"plug-in assembly {assembly}", problems);
        }

        foreach (var endpoint in ServiceEndpoints())
        {
            Expect(roots.Any(r => r.Type == 95 && r.Id == endpoint), $"service endpoint {endpoint}", problems);
        }

        foreach (var app in Directory.GetDirectories(SolutionFiles.FullPath("AppModules")).Select(Path.GetFileName))
        {
            Expect(roots.Any(r => r.Type == 80 && r.SchemaName == app), $"app {app}", problems);
            Expect(roots.Any(r => r.Type == 62 && r.SchemaName == app), $"site map {app}", problems);
        }

        Problems.AssertNone(problems);
    }

    [TestMethod]
    public void Tables_AreRootsWithTheBehaviorTheirKindNeeds()
    {
        // New tables travel whole (0); the existing lead table travels as a shell with our columns only (2).
        var problems = SolutionModel.RootComponents
            .Where(r => r.Type == 1)
            .Where(r => r.Behavior != (SolutionModel.SystemTables.Contains(r.SchemaName!) ? 2 : 0))
            .Select(r => $"{r} has behavior {r.Behavior}")
            .ToList();

        Problems.AssertNone(problems);
    }

    private static IEnumerable<Guid> ServiceEndpoints() =>
        SolutionFiles.Exists("PluginAssemblies/ServiceEndpoints.xml")
            ? SolutionFiles.Xml("PluginAssemblies/ServiceEndpoints.xml").Root!.Elements("ServiceEndpoint").Select(e => Guid.Parse((string)e.Attribute("ServiceEndpointId")!))
            : [];

    private static void Expect(bool listed, string component, List<string> problems)
    {
        if (!listed)
        {
            problems.Add($"{component} is in the folder but not a root component");
        }
    }
}
