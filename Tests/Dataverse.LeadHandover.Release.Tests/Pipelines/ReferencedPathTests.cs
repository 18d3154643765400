using System;
using System.Collections.Generic;
using System.Linq;
using Dataverse.LeadHandover.Release.Tests.Repository;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using YamlDotNet.RepresentationModel;

namespace Dataverse.LeadHandover.Release.Tests.Pipelines;

/// <summary>Every path, project, script and template the pipelines, workflows and their scripts name exists.</summary>
[TestClass]
public sealed class ReferencedPathTests
{
    [TestMethod]
    public void EveryRepositoryPathNamedInPipelinesAndScripts_Exists()
    {
        var problems = new List<string>();
        var sources = ReleaseFiles.AllYaml.Select(f => (File: f, Text: string.Join('\n', YamlFile.AllScalars(YamlFile.Parse(ReleaseFiles.Read(f))))))
            .Concat(ReleaseFiles.PipelineScripts.Select(f => (File: f, Text: ReleaseFiles.Read(f))));
        var checkedPaths = 0;
        foreach (var (file, text) in sources)
        {
            foreach (var (path, isPrefix) in ReferencedPaths.In(text))
            {
                checkedPaths++;
                if (ReferencedPaths.Problem(path, isPrefix) is { } problem)
                {
                    problems.Add($"{file}: {problem}");
                }
            }
        }

        Assert.IsGreaterThan(20, checkedPaths, "the scan found the paths the pipelines name");
        Problems.AssertNone(problems);
    }

    [TestMethod]
    public void EveryTemplateAndReusableWorkflow_Exists()
    {
        var problems = new List<string>();
        foreach (var file in ReleaseFiles.AzureDevOpsYaml)
        {
            problems.AddRange(Mappings(YamlFile.Parse(ReleaseFiles.Read(file)))
                .Select(m => m.Scalar("template"))
                .OfType<string>()
                .Select(t => AzurePipelineReader.Resolve(file, t))
                .Where(t => RepositoryPipelines.ReadIfExists(t) is null)
                .Select(t => $"{file}: template {t} does not exist"));
        }

        foreach (var file in ReleaseFiles.GitHubWorkflows)
        {
            problems.AddRange(Mappings(YamlFile.Parse(ReleaseFiles.Read(file)))
                .Select(m => m.Scalar("uses"))
                .OfType<string>()
                .Where(u => u.StartsWith("./", StringComparison.Ordinal))
                .Where(u => RepositoryPipelines.ReadIfExists(u[2..]) is null)
                .Select(u => $"{file}: reusable workflow {u} does not exist"));
        }

        Problems.AssertNone(problems);
    }

    [TestMethod]
    public void EveryDeployedEnvironment_HasABicepParameterFile()
    {
        var environments = new[] { "test", "production" };

        CollectionAssert.AreEquivalent(environments, ReleaseFiles.BicepParameterFiles.Keys.ToList());
    }

    [TestMethod]
    [DataRow("run: dotnet build Dataverse.LeadHandover.sln", "Dataverse.LeadHandover.sln", false)]
    [DataRow("-Template 'Solution/deploymentsettings/${{ parameters.x }}.json'", "Solution/deploymentsettings/", true)]
    [DataRow("see infra/parameters/<env>.bicepparam", "infra/parameters/", true)]
    [DataRow("$(Build.SourcesDirectory)/Solution/map.xml", "Solution/map.xml", false)]
    [DataRow("Solution/postdeployment/serviceendpoints.<env>.json", "Solution/postdeployment/serviceendpoints", true)]
    public void In_PathInText_IsFoundWithWhetherItIsCutShort(string text, string expectedPath, bool expectedPrefix)
    {
        var found = ReferencedPaths.In(text);

        CollectionAssert.Contains(found.ToList(), (expectedPath, expectedPrefix));
    }

    [TestMethod]
    public void In_LowerCaseOutputFolders_AreNotRepositoryPaths()
    {
        var found = ReferencedPaths.In("out/solution/LeadHandover.zip $(Pipeline.Workspace)/functions/functions.zip");

        Assert.IsEmpty(found);
    }

    [TestMethod]
    [DataRow("Solution/map.xml", false, true, null)]
    [DataRow("Solution/missing.xml", false, false, "Solution/missing.xml: does not exist")]
    [DataRow("Plugins/bin/Release/net462/X.dll", false, true, null)]
    [DataRow("Nowhere/bin/Release/X.dll", false, false, "Nowhere/bin/Release/X.dll: no project folder Nowhere builds it")]
    [DataRow("Solution/deploymentsettings/", true, true, null)]
    [DataRow("Gone/deploymentsettings/", true, false, "Gone/deploymentsettings/: folder Gone/deploymentsettings does not exist")]
    public void Problem_PathAgainstTheFileSystem_ReportsOnlyMissingOnes(string path, bool isPrefix, bool exists, string? expected)
    {
        var problem = ReferencedPaths.Problem(path, isPrefix, _ => exists, _ => exists);

        Assert.AreEqual(expected, problem);
    }

    private static IEnumerable<YamlMappingNode> Mappings(YamlNode node) => node switch
    {
        YamlMappingNode mapping => new[] { mapping }.Concat(mapping.Children.Values.SelectMany(Mappings)),
        YamlSequenceNode sequence => sequence.Children.SelectMany(Mappings),
        _ => [],
    };
}
