using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Dataverse.LeadHandover.Sandbox.Hosting;
using Dataverse.LeadHandover.Sandbox.Organization;

namespace Dataverse.LeadHandover.Sandbox.Commands;

/// <summary>Starts the web sandbox, prints where it is, and runs until Ctrl+C (which saves the state).</summary>
internal static class WebCommand
{
    public static async Task<int> RunAsync(CommandLine line, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(output);
        var statePath = Path.GetFullPath(line.Option("--state") ?? RepositoryLayout.Find().DefaultStateFile);
        var options = new SandboxOptions(statePath, line.IntOption("--port"), line.Has("--reset"), ClockRunning: !line.Has("--frozen"));
        await output.WriteLineAsync(options.Reset || !File.Exists(statePath)
            ? "Starting a fresh sandbox: importing Solution/ and seeding the demo organisation…"
            : "Starting the sandbox from " + statePath + " (use --reset to start again)…");
        await using var host = await SandboxHost.StartAsync(options, CancellationToken.None);
        await output.WriteLineAsync();
        await output.WriteLineAsync("Lead Handover sandbox: " + host.BaseUri);
        await output.WriteLineAsync("  new lead:        " + new Uri(host.BaseUri, "intake"));
        await output.WriteLineAsync("  Teams inboxes:   " + new Uri(host.BaseUri, "inbox"));
        await output.WriteLineAsync("  manager views:   " + new Uri(host.BaseUri, "manager"));
        await output.WriteLineAsync("  Web API subset:  " + new Uri(host.BaseUri, "api/data/v9.2/"));
        await output.WriteLineAsync("State: " + statePath + ". Press Ctrl+C to stop (the state is saved).");
        await host.WaitForShutdownAsync(CancellationToken.None);
        return 0;
    }
}
