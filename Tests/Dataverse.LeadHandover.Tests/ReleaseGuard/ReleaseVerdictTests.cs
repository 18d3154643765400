using System;
using System.IO;
using Dataverse.LeadHandover.ReleaseGuard;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Dataverse.LeadHandover.Tests.ReleaseGuard;

/// <summary>
/// A Compat build must never pass for a deployable artifact. These tests run the guard the release
/// pipeline runs, on the plug-in assembly this very build produced with the stand-ins.
/// </summary>
[TestClass]
public sealed class ReleaseVerdictTests
{
    [TestMethod]
    public void ReleaseVerdict_PluginAssemblyBuiltWithCompat_IsRefused()
    {
        Hosting.BuildMode.RequireCompat();
        var pluginAssembly = typeof(Dataverse.LeadHandover.Plugins.Pipeline.PluginBase).Assembly.Location;

        var problems = ReleaseVerdict.Problems(ArtifactInspection.Read(pluginAssembly));

        Assert.IsTrue(problems.Count >= 2, string.Join("; ", problems));
        StringAssert.Contains(string.Join("; ", problems), "DataverseSdk=Compat");
        StringAssert.Contains(string.Join("; ", problems), ReleaseVerdict.CompatAssemblyName);
    }

    [TestMethod]
    public void ReleaseVerdict_CompatStandInAssembly_IsRefusedAsStandIn()
    {
        Hosting.BuildMode.RequireCompat();
        var standIn = typeof(Microsoft.Xrm.Sdk.Entity).Assembly.Location;

        var problems = ReleaseVerdict.Problems(ArtifactInspection.Read(standIn));

        StringAssert.Contains(string.Join("; ", problems), "stand-in assembly itself");
    }

    [TestMethod]
    public void ReleaseVerdict_OfficialMarkerWithoutCompatReference_IsDeployable()
    {
        var artifact = new ArtifactInspection("plugins.dll", "Official", false, ["mscorlib", "Microsoft.Xrm.Sdk"]);

        var problems = ReleaseVerdict.Problems(artifact);

        Assert.IsEmpty(problems);
    }

    [TestMethod]
    public void ReleaseVerdict_AssemblyWithoutMarker_IsRefused()
    {
        var foreign = typeof(object).Assembly.Location;

        var problems = ReleaseVerdict.Problems(ArtifactInspection.Read(foreign));

        StringAssert.Contains(string.Join("; ", problems), "no Dataverse SDK build marker");
    }

    [TestMethod]
    public void ReleaseGuardProgram_CompatPluginAssembly_ExitsNonZeroWithReason()
    {
        Hosting.BuildMode.RequireCompat();
        var pluginAssembly = typeof(Dataverse.LeadHandover.Plugins.Pipeline.PluginBase).Assembly.Location;
        var guard = typeof(ReleaseVerdict).Assembly.Location;
        using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("dotnet", [guard, pluginAssembly])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        })!;

        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();

        Assert.AreEqual(1, process.ExitCode);
        StringAssert.Contains(error, "NOT DEPLOYABLE");
        StringAssert.Contains(error, Path.GetFileName(pluginAssembly));
    }

    [TestMethod]
    public void DotnetPublish_PluginsInCompatMode_IsRefusedByTheBuild()
    {
        Hosting.BuildMode.RequireCompat();
        var project = Path.Combine(Hosting.RepositoryPaths.Root, "Plugins", "Dataverse.LeadHandover.Plugins.csproj");
        using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("dotnet", ["publish", project, "-f", "net10.0", "--no-build", "-nologo", "-o", Path.Combine(Path.GetTempPath(), "leadhandover-refused-publish")])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        })!;

        var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();

        Assert.AreNotEqual(0, process.ExitCode, output);
        StringAssert.Contains(output, "can never be deployed");
    }

    [TestMethod]
    public void ReleaseVerdict_PluginAssemblyOfAnOfficialBuild_IsDeployable()
    {
        if (Hosting.BuildMode.IsCompat)
        {
            Assert.Inconclusive("Runs in the Official build, where the plug-in assembly must pass the guard.");
        }

        var problems = ReleaseVerdict.Problems(ArtifactInspection.Read(typeof(Dataverse.LeadHandover.Plugins.Pipeline.PluginBase).Assembly.Location));

        Assert.IsEmpty(problems, string.Join("; ", problems));
    }
}
