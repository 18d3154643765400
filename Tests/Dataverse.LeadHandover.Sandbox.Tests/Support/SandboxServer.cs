using System;
using System.IO;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Dataverse.LeadHandover.Sandbox.Hosting;

namespace Dataverse.LeadHandover.Sandbox.Tests.Support;

/// <summary>
/// A sandbox started in-process as <c>dotnet run --project Sandbox</c> starts it, on a free loopback port, freshly
/// seeded, with its clock frozen at the demo's Monday 14:30 UTC so minutes are exact, and its state in a folder of
/// its own that is removed afterwards.
/// </summary>
internal sealed class SandboxServer : IAsyncDisposable
{
    private SandboxServer(SandboxHost host, string stateFolder)
    {
        Host = host;
        StateFolder = stateFolder;
        Http = new HttpClient { BaseAddress = host.BaseUri, Timeout = TimeSpan.FromSeconds(30) };
    }

    public SandboxHost Host { get; }

    public string StateFolder { get; }

    public string StatePath => Path.Combine(StateFolder, "state.json");

    public Uri BaseUri => Host.BaseUri;

    public HttpClient Http { get; }

    public static async Task<SandboxServer> StartAsync(string? stateFolder = null, bool reset = true)
    {
        var folder = stateFolder ?? Directory.CreateTempSubdirectory("lh-sandbox-tests-").FullName;
        var host = await SandboxHost.StartAsync(
            new SandboxOptions(Path.Combine(folder, "state.json"), Port: null, Reset: reset, ClockRunning: false, Quiet: true),
            CancellationToken.None);
        return new SandboxServer(host, folder);
    }

    public Uri Url(string relative) => new(BaseUri, relative);

    /// <summary>Stops the sandbox (which saves its state) but keeps the state folder, to start again from it.</summary>
    public async Task StopAsync()
    {
        Http.Dispose();
        await Host.DisposeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        Directory.Delete(StateFolder, recursive: true);
    }
}
