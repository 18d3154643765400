using System;
using System.Collections.Generic;
using System.Linq;
using Dataverse.LeadHandover.Release.Tests.Repository;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Dataverse.LeadHandover.Release.Tests.Pipelines;

/// <summary>
/// Every Azure Pipelines file and GitHub workflow is one YAML document with the top-level keys its CI system needs.
/// Azure Pipelines schema: https://learn.microsoft.com/azure/devops/pipelines/yaml-schema/ ;
/// workflow syntax: https://docs.github.com/actions/using-workflows/workflow-syntax-for-github-actions
/// </summary>
[TestClass]
public sealed class YamlParsingTests
{
    [TestMethod]
    public void ReleaseMachinery_HasBothCiSystemsFiles()
    {
        var expected = new[]
        {
            "pipelines/ci.yml", "pipelines/release.yml", ".github/workflows/ci.yml", ".github/workflows/release.yml",
        };

        var missing = expected.Except(ReleaseFiles.AllYaml, StringComparer.Ordinal).ToList();

        Problems.AssertNone(missing);
    }

    [TestMethod]
    public void EveryPipelineAndWorkflow_ParsesAsOneYamlMapping()
    {
        var problems = new List<string>();
        foreach (var file in ReleaseFiles.AllYaml)
        {
            try
            {
                YamlFile.Parse(ReleaseFiles.Read(file));
            }
            catch (Exception e) when (e is YamlException or System.IO.InvalidDataException)
            {
                problems.Add($"{file}: {e.Message}");
            }
        }

        Assert.IsNotEmpty(ReleaseFiles.AllYaml);
        Problems.AssertNone(problems);
    }

    [TestMethod]
    public void EveryAzurePipelinesFile_HasStepsJobsOrStages()
    {
        var problems = ReleaseFiles.AzureDevOpsYaml
            .Where(f => !new[] { "stages", "jobs", "steps" }.Any(k => YamlFile.Parse(ReleaseFiles.Read(f)).Child(k) is YamlSequenceNode))
            .Select(f => $"{f}: no stages, jobs or steps list")
            .ToList();

        Problems.AssertNone(problems);
    }

    [TestMethod]
    public void EveryGitHubWorkflow_HasTriggersAndJobsWithStepsOrACall()
    {
        var problems = new List<string>();
        foreach (var file in ReleaseFiles.GitHubWorkflows)
        {
            var root = YamlFile.Parse(ReleaseFiles.Read(file));
            if (root.Child("on") is null)
            {
                problems.Add($"{file}: no 'on' triggers");
            }

            var jobs = root.Child("jobs") as YamlMappingNode;
            if (jobs is null || jobs.Children.Count == 0)
            {
                problems.Add($"{file}: no jobs");
                continue;
            }

            problems.AddRange(jobs.Children
                .Where(j => j.Value is not YamlMappingNode job || (job.Child("steps") is not YamlSequenceNode && job.Scalar("uses") is null))
                .Select(j => $"{file}: job {j.Key} has neither steps nor uses"));
            problems.AddRange(jobs.Children.Values.OfType<YamlMappingNode>()
                .Where(job => job.Scalar("uses") is null && job.Scalar("runs-on") is null)
                .Select(_ => $"{file}: a job without runs-on"));
        }

        Problems.AssertNone(problems);
    }

    [TestMethod]
    [DataRow("pipelines/release.yml")]
    [DataRow("pipelines/ci.yml")]
    [DataRow(".github/workflows/release.yml")]
    [DataRow(".github/workflows/ci.yml")]
    public void Pipeline_ExpandsToJobsWithSteps(string path)
    {
        var jobs = RepositoryPipelines.Read(path);

        Assert.IsNotEmpty(jobs);
        Problems.AssertNone(jobs.Where(j => j.Steps.Count == 0).Select(j => $"{path}: job {j.Id} expands to no steps").ToList());
    }
}
