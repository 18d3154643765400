using System;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Dataverse.LeadHandover.Functions.Tests.Support;

/// <summary>
/// Starts Azurite's queue service once for the test run through the repository's own <c>scripts/azurite.sh</c>
/// (which installs it from npm into tools/azurite when needed) on a free loopback port, and stops it at the end.
/// A start failure does not fail unrelated tests: the queue tests fail with its reason.
/// </summary>
[TestClass]
public static class AzuriteFixture
{
    /// <summary>Azurite's well-known development account; public, not a secret.</summary>
    internal const string DevelopmentAccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private static readonly TimeSpan ScriptTimeout = TimeSpan.FromMinutes(5);
    private static int port;
    private static string? startFailure;

    public static string ConnectionString
    {
        get
        {
            if (startFailure is not null)
            {
                Assert.Fail("Azurite did not start: " + startFailure);
            }

            return "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=" + DevelopmentAccountKey
                + ";QueueEndpoint=http://127.0.0.1:" + port + "/devstoreaccount1;";
        }
    }

    [AssemblyInitialize]
    public static async Task StartAsync(TestContext context)
    {
        port = FreeLoopbackPort();
        var (exitCode, output) = await RunScriptAsync("start", context.CancellationTokenSource.Token);
        startFailure = exitCode == 0 ? null : $"scripts/azurite.sh start exited with {exitCode}: {output}";
    }

    [AssemblyCleanup]
    public static async Task StopAsync()
    {
        if (port != 0)
        {
            await RunScriptAsync("stop", CancellationToken.None);

            // Each run uses a fresh port, so its queue data is of no use to the next one.
            var suffix = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var data = RepositoryRoot.Combine(".azurite", "data-" + suffix);
            if (System.IO.Directory.Exists(data))
            {
                System.IO.Directory.Delete(data, recursive: true);
            }

            System.IO.File.Delete(RepositoryRoot.Combine(".azurite", "queue-" + suffix + ".log"));
        }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task<(int ExitCode, string Output)> RunScriptAsync(string command, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("bash")
        {
            ArgumentList = { RepositoryRoot.Combine("scripts", "azurite.sh"), command },
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        start.Environment["AZURITE_QUEUE_PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("bash did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(ScriptTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            return (-1, "timed out after " + ScriptTimeout);
        }

        return (process.ExitCode, (await stdout) + (await stderr));
    }
}
