using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Dataverse.LeadHandover.Release.Tests.Repository;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Dataverse.LeadHandover.Release.Tests.Infrastructure;

/// <summary>
/// The Bicep compiles with the Bicep CLI, and each environment's parameter file builds against it, without errors
/// or linter warnings. https://learn.microsoft.com/azure/azure-resource-manager/bicep/bicep-cli
/// </summary>
[TestClass]
public sealed class BicepBuildTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task MainTemplate_CompilesWithoutWarnings()
    {
        var result = await CompiledInfrastructure.MainAsync(TestContext.CancellationToken);

        Assert.AreEqual(0, result.ExitCode, result.Diagnostics);
        Assert.IsEmpty(result.DiagnosticLines, result.Diagnostics);
        StringAssert.StartsWith(result.Output.TrimStart(), "{");
    }

    [TestMethod]
    [DataRow("test")]
    [DataRow("production")]
    public async Task ParameterFile_BuildsWithoutWarnings(string environment)
    {
        var file = ReleaseFiles.BicepParameterFiles[environment];

        var result = await CompiledInfrastructure.ParametersAsync(file, TestContext.CancellationToken);

        Assert.AreEqual(0, result.ExitCode, result.Diagnostics);
        Assert.IsEmpty(result.DiagnosticLines, result.Diagnostics);
        var values = await CompiledInfrastructure.ParameterValuesAsync(file, TestContext.CancellationToken);
        Assert.AreEqual(environment, values.GetProperty("environmentName").GetProperty("value").GetString());
    }

    [TestMethod]
    public void EveryModule_IsUsedByMain()
    {
        var main = ReleaseFiles.Read(CompiledInfrastructure.MainTemplate);

        var unused = ReleaseFiles.Find("infra/modules", "*.bicep")
            .Where(m => !main.Contains($"'{m["infra/".Length..]}'", StringComparison.Ordinal))
            .ToList();

        Problems.AssertNone(unused);
    }

    [TestMethod]
    public async Task ParameterFiles_CommitNoTenantValueOrSecret()
    {
        var tenantValues = new[]
        {
            "dataverseUrl", "dataverseOrganizationId", "dataversePrincipalObjectId", "releasePrincipalObjectId",
            "webhookSharedKey", "teamsWorkflowUrl", "linkSigningKey",
        };
        var committed = new List<string>();
        foreach (var file in ReleaseFiles.BicepParameterFiles.Values)
        {
            var values = await CompiledInfrastructure.ParameterValuesAsync(file, TestContext.CancellationToken);
            committed.AddRange(tenantValues.Where(n => values.GetProperty(n).GetProperty("value").GetString() is { Length: > 0 }).Select(n => $"{file}: {n}"));
        }

        Problems.AssertNone(committed);
    }
}
