using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Dataverse.LeadHandover.Release.Tests.Pipelines;

/// <summary>The release-order rules themselves, on jobs built in code, so each rule is seen to catch what it is for.</summary>
[TestClass]
public sealed class ReleaseOrderRulesTests
{
    [TestMethod]
    public void Problems_BuildGuardPackThenGatedDeploy_FindsNone()
    {
        var jobs = new[]
        {
            new PipelineJobBuilder("build").OfficialBuild().Guard().Task("ArchiveFiles").Task("PublishPipelineArtifact").Build(),
            new PipelineJobBuilder("deploy").Needs("build").InEnvironment("test").Task("AzureFunctionApp").Build(),
        };

        var problems = ReleaseOrderRules.Problems(jobs);

        Assert.IsEmpty(problems, string.Join("; ", problems));
    }

    [TestMethod]
    public void Problems_PackBeforeGuard_NamesThePackStep()
    {
        var jobs = new[] { new PipelineJobBuilder("build").OfficialBuild().Task("PowerPlatformPackSolution").Guard().Build() };

        var problems = ReleaseOrderRules.Problems(jobs);

        Assert.IsTrue(problems.Any(p => p.Contains("PowerPlatformPackSolution", System.StringComparison.Ordinal)), string.Join("; ", problems));
    }

    [TestMethod]
    public void Problems_NoGuardAtAll_SaysSo()
    {
        var jobs = new[] { new PipelineJobBuilder("build").OfficialBuild().Task("PublishPipelineArtifact").Build() };

        var problems = ReleaseOrderRules.Problems(jobs);

        Assert.Contains("No step runs the release guard (tools/ReleaseGuard).", problems);
    }

    [TestMethod]
    public void Problems_GuardBeforeTheOfficialBuild_SaysItInspectsNothing()
    {
        var jobs = new[] { new PipelineJobBuilder("build").Guard().OfficialBuild().Task("ArchiveFiles").Build() };

        var problems = ReleaseOrderRules.Problems(jobs);

        Assert.IsTrue(problems.Any(p => p.Contains("before the Official build", System.StringComparison.Ordinal)), string.Join("; ", problems));
    }

    [TestMethod]
    public void Problems_CompatBuild_NamesTheCommand()
    {
        var jobs = new[] { new PipelineJobBuilder("build").CompatBuild().OfficialBuild().Guard().Task("ArchiveFiles").Build() };

        var problems = ReleaseOrderRules.Problems(jobs);

        Assert.IsTrue(problems.Any(p => p.Contains("'dotnet build Dataverse.LeadHandover.sln -c Release'", System.StringComparison.Ordinal)), string.Join("; ", problems));
    }

    [TestMethod]
    public void Problems_SecondJobPacksWithoutItsOwnGuard_NamesTheJob()
    {
        var jobs = new[]
        {
            new PipelineJobBuilder("build").OfficialBuild().Guard().Task("PublishPipelineArtifact").Build(),
            new PipelineJobBuilder("pack").Needs("build").Task("PowerPlatformPackSolution").Build(),
        };

        var problems = ReleaseOrderRules.Problems(jobs);

        Assert.IsTrue(problems.Any(p => p.StartsWith("pack:", System.StringComparison.Ordinal)), string.Join("; ", problems));
    }

    [TestMethod]
    public void Problems_DeployNotWaitingForThePackingJob_NamesBoth()
    {
        var jobs = new[]
        {
            new PipelineJobBuilder("build").OfficialBuild().Guard().Task("PublishPipelineArtifact").Build(),
            new PipelineJobBuilder("deploy").InEnvironment("test").Task("PowerPlatformImportSolution").Build(),
        };

        var problems = ReleaseOrderRules.Problems(jobs);

        Assert.Contains("deploy: deploys without waiting for build, which packs and guards the artifacts.", problems);
    }

    [TestMethod]
    public void Problems_DeployWithoutEnvironment_SaysNoApprovalCanGateIt()
    {
        var jobs = new[]
        {
            new PipelineJobBuilder("build").OfficialBuild().Guard().Task("PublishPipelineArtifact").Build(),
            new PipelineJobBuilder("deploy").Needs("build").Script("az deployment group create -g rg -f infra/main.bicep").Build(),
        };

        var problems = ReleaseOrderRules.Problems(jobs);

        Assert.Contains("deploy: deploys without an environment, so no approval can gate it.", problems);
    }

    [TestMethod]
    public void Upstream_ThroughAnIntermediateJob_IncludesBoth()
    {
        var build = new PipelineJobBuilder("build").Build();
        var pack = new PipelineJobBuilder("pack").Needs("build").Build();
        var deploy = new PipelineJobBuilder("deploy").Needs("pack").Build();

        var upstream = ReleaseOrderRules.Upstream(deploy, [build, pack, deploy]);

        CollectionAssert.AreEquivalent(new[] { "build", "pack" }, upstream.ToList());
    }
}
