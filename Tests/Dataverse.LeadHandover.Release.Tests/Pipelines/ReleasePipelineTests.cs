using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Dataverse.LeadHandover.Release.Tests.Repository;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Dataverse.LeadHandover.Release.Tests.Pipelines;

/// <summary>
/// The two release pipelines do what the release needs, in the order it needs: Official build, release guard before
/// any pack or deploy, both solution packages through the map file, the checker gating High severity, test before
/// production behind environments, the managed solution imported with the environment's settings.
/// Build Tools tasks: https://learn.microsoft.com/power-platform/alm/devops-build-tool-tasks ;
/// GitHub actions: https://learn.microsoft.com/power-platform/alm/devops-github-available-actions ;
/// Flex Consumption deployment: https://learn.microsoft.com/azure/azure-functions/flex-consumption-how-to
/// </summary>
[TestClass]
public sealed partial class ReleasePipelineTests
{
    public static IEnumerable<object[]> ReleasePipelines =>
    [
        [ReleaseFiles.AzureDevOpsRelease],
        [ReleaseFiles.GitHubRelease],
    ];

    [TestMethod]
    [DynamicData(nameof(ReleasePipelines))]
    public void ReleasePipeline_BuildsOfficialAndGuardsBeforeAnythingShips(string path)
    {
        var problems = ReleaseOrderRules.Problems(RepositoryPipelines.Read(path));

        Problems.AssertNone(problems);
    }

    [TestMethod]
    [DynamicData(nameof(ReleasePipelines))]
    public void ReleasePipeline_DeploysTestThenProductionBehindEnvironments(string path)
    {
        var jobs = RepositoryPipelines.Read(path);
        var deployJobs = jobs.Where(j => j.Steps.Any(ReleaseStepKind.IsDeploy)).ToList();

        Assert.HasCount(2, deployJobs);
        StringAssert.EndsWith(deployJobs[0].Environment, "test");
        StringAssert.EndsWith(deployJobs[1].Environment, "production");
        Assert.Contains(deployJobs[0].Id, ReleaseOrderRules.Upstream(deployJobs[1], jobs), "production waits for test");
    }

    [TestMethod]
    [DynamicData(nameof(ReleasePipelines))]
    public void ReleasePipeline_DeploysEachEnvironmentsBicepParameterFile(string path)
    {
        var deployJobs = RepositoryPipelines.Read(path).Where(j => j.Steps.Any(ReleaseStepKind.IsDeploy)).ToList();

        var environments = deployJobs
            .Select(j => InfrastructureEnvironment().Match(string.Join('\n', j.Steps.Select(s => s.Text))).Groups["environment"].Value)
            .ToList();

        CollectionAssert.AreEqual(new[] { "test", "production" }, environments);
        CollectionAssert.IsSubsetOf(environments, ReleaseFiles.BicepParameterFiles.Keys.ToList());
    }

    [TestMethod]
    [DynamicData(nameof(ReleasePipelines))]
    public void ReleasePipeline_PacksManagedAndUnmanagedWithTheMapFile(string path)
    {
        var pack = RepositoryPipelines.Read(path).SelectMany(j => j.Steps)
            .Single(s => s.Name is "PowerPlatformPackSolution" or "microsoft/powerplatform-actions/pack-solution");

        Assert.MatchesRegex(@"(SolutionType|solution-type): Both", pack.Text);
        Assert.MatchesRegex(@"(MapFile|map-file): .*Solution/map\.xml", pack.Text);
        Assert.MatchesRegex(@"(SolutionSourceFolder|solution-folder): .*Solution/src", pack.Text);
        Assert.Contains("LH_REPO_ROOT: ", pack.Text, "map.xml finds the plug-in assembly through LH_REPO_ROOT");
    }

    [TestMethod]
    public void AzureDevOpsRelease_CheckerFailsOnAnyCriticalOrHighFinding()
    {
        var checks = RepositoryPipelines.AzureDevOpsRelease.SelectMany(j => j.Steps).Where(s => s.Name == "PowerPlatformChecker").ToList();

        var levels = checks.Select(s => Input(s, "ErrorLevel")).ToList();

        CollectionAssert.AreEquivalent(new[] { "CriticalIssueCount", "HighIssueCount" }, levels);
        Problems.AssertNone(checks.Where(s => Input(s, "ErrorThreshold") != "0").Select(s => $"{Input(s, "ErrorLevel")} allows findings").ToList());
        Problems.AssertNone(checks.Where(s => !s.Text.Contains("_managed.zip", StringComparison.Ordinal)).Select(s => "a checker run does not analyse the managed package").ToList());
    }

    [TestMethod]
    public void GitHubRelease_ChecksTheManagedPackageAfterPackingAndBeforePublishingIt()
    {
        var pack = RepositoryPipelines.GitHubRelease.Single(j => j.Steps.Any(s => s.Name == "microsoft/powerplatform-actions/pack-solution")).Steps.ToList();

        var packed = pack.FindIndex(s => s.Name == "microsoft/powerplatform-actions/pack-solution");
        var checkedAt = pack.FindIndex(s => s.Name == "microsoft/powerplatform-actions/check-solution");
        var published = pack.FindIndex(s => s.Name == "actions/upload-artifact");

        Assert.IsTrue(packed < checkedAt && checkedAt < published, $"pack {packed}, check {checkedAt}, publish {published}");
        Assert.Contains("_managed.zip", pack[checkedAt].Text);
    }

    [TestMethod]
    [DynamicData(nameof(ReleasePipelines))]
    public void ReleasePipeline_ImportsTheManagedSolutionWithSettingsAndActivatedPlugins(string path)
    {
        var imports = RepositoryPipelines.Read(path).SelectMany(j => j.Steps)
            .Where(s => s.Name is "PowerPlatformImportSolution" or "microsoft/powerplatform-actions/import-solution")
            .ToList();

        Assert.HasCount(2, imports);
        foreach (var import in imports)
        {
            Assert.MatchesRegex(@"(SolutionInputFile|solution-file): .*_managed\.zip", import.Text);
            Assert.MatchesRegex(@"(UseDeploymentSettingsFile|use-deployment-settings-file): true", import.Text);
            Assert.MatchesRegex(@"(DeploymentSettingsFile|deployment-settings-file): .*deploymentsettings\.json", import.Text);
            Assert.MatchesRegex(@"(ActivatePlugins|activate-plugins): true", import.Text);
        }
    }

    [TestMethod]
    [DynamicData(nameof(ReleasePipelines))]
    public void ReleasePipeline_FillsEachEnvironmentsOwnSettingsTemplate(string path)
    {
        var templates = RepositoryPipelines.Read(path).SelectMany(j => j.Steps)
            .Select(s => SettingsTemplate().Match(s.Text))
            .Where(m => m.Success)
            .Select(m => m.Groups["file"].Value)
            .ToList();

        CollectionAssert.AreEqual(new[] { "test", "prod" }, templates);
    }

    [TestMethod]
    [DynamicData(nameof(ReleasePipelines))]
    public void ReleasePipeline_ZipDeploysTheFunctionsToFlexConsumption(string path)
    {
        var deploys = RepositoryPipelines.Read(path).SelectMany(j => j.Steps)
            .Where(s => s.Name is "AzureFunctionApp" or "Azure/functions-action")
            .ToList();

        Assert.HasCount(2, deploys);
        Problems.AssertNone(deploys.Where(s => !FlexConsumption().IsMatch(s.Text)).Select(s => $"{s.Name} does not target Flex Consumption").ToList());
        Problems.AssertNone(deploys.Where(s => !s.Text.Contains("functions.zip", StringComparison.Ordinal)).Select(s => $"{s.Name} does not deploy the guarded zip").ToList());
    }

    [TestMethod]
    public void GitHubRelease_SignsInToAzureWithOidcOnly()
    {
        var logins = RepositoryPipelines.GitHubRelease.SelectMany(j => j.Steps).Where(s => s.Name == "azure/login").ToList();
        var deployWorkflow = YamlFile.Parse(ReleaseFiles.Read(".github/workflows/deploy-environment.yml"));

        Assert.IsNotEmpty(logins);
        Problems.AssertNone(logins.Where(s => !s.Text.Contains("client-id: ", StringComparison.Ordinal) || s.Text.Contains("creds:", StringComparison.Ordinal))
            .Select(s => "azure/login without a federated client id, or with stored credentials").ToList());
        Assert.Contains("id-token: write", YamlFile.Flatten(deployWorkflow.Child("permissions")!));
    }

    [TestMethod]
    [DataRow("pipelines/ci.yml")]
    [DataRow(".github/workflows/ci.yml")]
    public void PullRequestPipeline_RunsTheTestScriptInCompatMode(string path)
    {
        var steps = RepositoryPipelines.Read(path).SelectMany(j => j.Steps).ToList();

        Assert.IsTrue(steps.Any(s => s.Text.Contains("bash scripts/test.sh", StringComparison.Ordinal)), "runs the repository's test command");
        Assert.IsFalse(steps.Any(s => s.Text.Contains("DataverseSdk=Official", StringComparison.Ordinal)), "pull requests build the default Compat mode");
    }

    private static string Input(PipelineStep step, string name) =>
        Regex.Match(step.Text, $@"(?m)^{name}: (?<value>.*)$").Groups["value"].Value.Trim();

    [GeneratedRegex(@"(?:arguments: |deploy-infrastructure\.sh "")(?<environment>test|production)\b")]
    private static partial Regex InfrastructureEnvironment();

    [GeneratedRegex(@"-Template '?Solution/deploymentsettings/(?<file>\w+)\.json")]
    private static partial Regex SettingsTemplate();

    [GeneratedRegex(@"isFlexConsumption: true|sku: flexconsumption")]
    private static partial Regex FlexConsumption();
}
