using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using Dataverse.LeadHandover.Solution.Tests.Source;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Dataverse.LeadHandover.Solution.Tests.Packaging;

/// <summary>
/// The .cdsproj and the map file pack src/ into the managed and unmanaged zips with the built plug-in DLL
/// injected. Map directives: https://learn.microsoft.com/power-platform/alm/solution-packager-tool#use-the-map-command-argument
/// </summary>
[TestClass]
public sealed class PackagingProjectTests
{
    private static readonly XNamespace MsBuild = "http://schemas.microsoft.com/developer/msbuild/2003";

    private static XElement Project => XDocument.Load(Path.Combine(SolutionFiles.SolutionFolder, "Dataverse.LeadHandover.Solution.cdsproj")).Root!;

    [TestMethod]
    public void Cdsproj_PacksSrcAsBothPackagesThroughTheMap()
    {
        var properties = Project.Elements(MsBuild + "PropertyGroup").SelectMany(g => g.Elements()).ToList();

        Assert.AreEqual("src", Value(properties, "SolutionRootPath"));
        Assert.AreEqual("Both", Value(properties, "SolutionPackageType"));
        StringAssert.EndsWith(Value(properties, "SolutionPackageMapFilePath"), "map.xml");
        Assert.IsTrue(
            Project.Descendants(MsBuild + "PackageReference").Any(p => (string?)p.Attribute("Include") == "Microsoft.PowerApps.MSBuild.Solution"),
            "the Power Apps solution build package packs the folder");
        Assert.IsFalse(Project.Descendants(MsBuild + "ProjectReference").Any(), "the map injects the DLL; a ProjectReference would inject a second copy");
    }

    [TestMethod]
    public void Cdsproj_IsNotPartOfTheDotNetSolution()
    {
        var sln = File.ReadAllText(RepositoryRoot.Combine("Dataverse.LeadHandover.sln"));

        Assert.DoesNotContain(".cdsproj", sln, "the package it needs is not served here; the release pipeline builds it");
    }

    [TestMethod]
    public void MapFile_InjectsTheReleaseBuildOfThePluginAssembly()
    {
        var map = XDocument.Load(Path.Combine(SolutionFiles.SolutionFolder, "map.xml")).Root!;
        var assemblyFile = SolutionModel.AssemblyFiles.Single();
        var dllName = Path.GetFileName(assemblyFile)[..^".data.xml".Length];

        var directive = map.Elements("FileToFile").Single(f => (string?)f.Attribute("map") == dllName);

        StringAssert.EndsWith((string?)directive.Attribute("to"), @"\Plugins\bin\Release\net462\Dataverse.LeadHandover.Plugins.dll");
    }

    private static string? Value(System.Collections.Generic.IEnumerable<XElement> properties, string name) =>
        (string?)properties.LastOrDefault(p => p.Name.LocalName == name);
}
