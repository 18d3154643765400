using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Runtime.Versioning;
using System.Threading;
using System.Threading.Tasks;
using Dataverse.LeadHandover.Release.Tests.Repository;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Dataverse.LeadHandover.Release.Tests.Infrastructure;

/// <summary>
/// The Bicep CLI from the Azure.Bicep.CommandLine.linux-x64 NuGet package (its folder is recorded in this assembly at
/// build time), run from the repository root with none of the parameter files' LH_* environment variables set, so
/// the result does not depend on the machine's environment.
/// </summary>
internal static class BicepCli
{
    private static readonly TimeSpan LongestRun = TimeSpan.FromMinutes(3);

    public static async Task<BicepResult> RunAsync(IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(Executable())
        {
            WorkingDirectory = RepositoryRoot.FullPath,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("LH_", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(name);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("The Bicep CLI did not start.");
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(LongestRun);
        var output = process.StandardOutput.ReadToEndAsync(limit.Token);
        var diagnostics = process.StandardError.ReadToEndAsync(limit.Token);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return new BicepResult(process.ExitCode, await output, await diagnostics);
    }

    private static string Executable()
    {
        if (!OperatingSystem.IsLinux() || RuntimeInformation.OSArchitecture != Architecture.X64)
        {
            Assert.Inconclusive("The Bicep CLI package this project references is linux-x64; CI and the release build run there.");
            throw new PlatformNotSupportedException();
        }

        var folder = typeof(BicepCli).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .SingleOrDefault(a => a.Key == "BicepPackageFolder")?.Value;
        var executable = Path.Combine(folder ?? string.Empty, "tools", "bicep");
        if (string.IsNullOrEmpty(folder) || !File.Exists(executable))
        {
            throw new FileNotFoundException("The Bicep CLI is not where the Azure.Bicep.CommandLine.linux-x64 package puts it; restore the test project.", executable);
        }

        return Runnable(executable);
    }

    /// <summary>NuGet may extract the binary without its execute bit; set it, or run a copy where it cannot.</summary>
    [SupportedOSPlatform("linux")]
    private static string Runnable(string executable)
    {
        const UnixFileMode execute = UnixFileMode.UserExecute;
        var mode = File.GetUnixFileMode(executable);
        if ((mode & execute) != 0)
        {
            return executable;
        }

        try
        {
            File.SetUnixFileMode(executable, mode | execute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
            return executable;
        }
        catch (UnauthorizedAccessException)
        {
            var copy = Path.Combine(Path.GetTempPath(), $"bicep-{Environment.ProcessId}", "bicep");
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(executable, copy, overwrite: true);
            File.SetUnixFileMode(copy, mode | execute);
            return copy;
        }
    }
}
