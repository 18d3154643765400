using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Dataverse.LeadHandover.Release.Tests.Pipelines;

/// <summary>
/// The readers expand templates and reusable workflows as the CI systems do, so the order checks see the steps that
/// really run. Template syntax: https://learn.microsoft.com/azure/devops/pipelines/process/templates ;
/// reusable workflows: https://docs.github.com/actions/using-workflows/reusing-workflows
/// </summary>
[TestClass]
public sealed class PipelineReaderTests
{
    [TestMethod]
    public void AzurePipelineReader_JobTemplateWithParameters_ExpandsStepsAndSubstitutesValues()
    {
        var files = new InMemoryFiles()
            .With("pipelines/release.yml", """
                stages:
                  - stage: Build
                    jobs:
                      - job: Compile
                        steps:
                          - script: dotnet build x.sln -p:DataverseSdk=Official
                  - stage: Deploy
                    jobs:
                      - template: templates/deploy.yml
                        parameters:
                          environment: test
                """)
            .With("pipelines/templates/deploy.yml", """
                parameters:
                  - name: environment
                    type: string
                jobs:
                  - deployment: Deploy
                    environment: leadhandover-${{ parameters.environment }}
                    strategy:
                      runOnce:
                        deploy:
                          steps:
                            - template: steps.yml
                              parameters:
                                file: Solution/deploymentsettings/${{ parameters.environment }}.json
                """)
            .With("pipelines/templates/steps.yml", """
                parameters:
                  - name: file
                    type: string
                steps:
                  - ${{ each level in split('A,B', ',') }}:
                      - task: vendor.extension.task-id.SomeTask@2
                        inputs:
                          DeploymentSettingsFile: ${{ parameters.file }}
                          Level: ${{ level }}
                """);

        var jobs = new AzurePipelineReader(files.Read).Read("pipelines/release.yml");

        Assert.HasCount(2, jobs);
        var deploy = jobs[1];
        Assert.AreEqual("Deploy/Deploy", deploy.Id);
        Assert.AreEqual("leadhandover-test", deploy.Environment);
        CollectionAssert.AreEqual(new[] { "Build/Compile" }, deploy.Needs.ToList());
        Assert.HasCount(2, deploy.Steps);
        Assert.AreEqual("SomeTask", deploy.Steps[0].Name);
        Assert.Contains("DeploymentSettingsFile: Solution/deploymentsettings/test.json", deploy.Steps[0].Text);
        Assert.Contains("Level: A", deploy.Steps[0].Text);
        Assert.Contains("Level: B", deploy.Steps[1].Text);
    }

    [TestMethod]
    public void AzurePipelineReader_StageWithoutDependsOn_WaitsForThePreviousStage()
    {
        var files = new InMemoryFiles().With("p.yml", """
            stages:
              - stage: One
                jobs:
                  - job: A
                    steps:
                      - script: echo a
              - stage: Two
                jobs:
                  - job: B
                    steps:
                      - script: echo b
            """);

        var jobs = new AzurePipelineReader(files.Read).Read("p.yml");

        CollectionAssert.AreEqual(new[] { "One/A" }, jobs[1].Needs.ToList());
    }

    [TestMethod]
    public void AzurePipelineReader_ScriptPathInAStep_ReadsTheScriptIntoTheStepText()
    {
        var files = new InMemoryFiles()
            .With("ci.yml", """
                steps:
                  - task: AzureCLI@2
                    inputs:
                      scriptPath: pipelines/scripts/deploy.sh
                """)
            .With("pipelines/scripts/deploy.sh", "az deployment group create --resource-group rg");

        var step = new AzurePipelineReader(files.Read).Read("ci.yml").Single().Steps.Single();

        Assert.IsTrue(ReleaseStepKind.IsDeploy(step));
    }

    [TestMethod]
    public void GitHubWorkflowReader_ReusableWorkflowCall_ExpandsCalledJobsWithInputsAndNeeds()
    {
        var files = new InMemoryFiles()
            .With(".github/workflows/release.yml", """
                on: push
                jobs:
                  build:
                    runs-on: ubuntu-latest
                    steps:
                      - run: dotnet build x.sln -p:DataverseSdk=Official
                  deploy-test:
                    needs: build
                    uses: ./.github/workflows/deploy.yml
                    with:
                      environment: test
                """)
            .With(".github/workflows/deploy.yml", """
                on:
                  workflow_call:
                    inputs:
                      environment:
                        type: string
                jobs:
                  deploy:
                    runs-on: ubuntu-latest
                    environment: ${{ inputs.environment }}
                    steps:
                      - uses: Azure/functions-action@v1
                        with:
                          app-name: func-${{ inputs.environment }}
                """);

        var jobs = new GitHubWorkflowReader(files.Read).Read(".github/workflows/release.yml");

        var deploy = jobs.Single(j => j.Id == "deploy-test/deploy");
        Assert.AreEqual("test", deploy.Environment);
        CollectionAssert.AreEqual(new[] { "build" }, deploy.Needs.ToList());
        Assert.AreEqual("Azure/functions-action", deploy.Steps.Single().Name);
        Assert.Contains("app-name: func-test", deploy.Steps.Single().Text);
    }

    [TestMethod]
    [DataRow("templates/x.yml", "pipelines/templates/x.yml")]
    [DataRow("../shared/x.yml", "shared/x.yml")]
    [DataRow("./y.yml", "pipelines/y.yml")]
    public void Resolve_TemplatePath_IsRelativeToTheIncludingFile(string template, string expected)
    {
        Assert.AreEqual(expected, AzurePipelineReader.Resolve("pipelines/release.yml", template));
    }
}
