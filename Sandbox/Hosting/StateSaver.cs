using System;
using System.Threading;
using System.Threading.Tasks;
using Dataverse.LeadHandover.Sandbox.Persistence;
using Microsoft.Extensions.Hosting;

namespace Dataverse.LeadHandover.Sandbox.Hosting;

/// <summary>
/// Keeps the state file current: a couple of seconds after anything changed, and once more when the sandbox stops,
/// so Ctrl+C never loses work. Waits in real time: saving has nothing to do with the sandbox clock.
/// </summary>
internal sealed class StateSaver(SandboxRuntime runtime, SandboxOptions options) : BackgroundService
{
    private static readonly TimeSpan Period = TimeSpan.FromSeconds(2);
    private readonly Lock gate = new();
    private int dirty;

    public void MarkDirty() => Interlocked.Exchange(ref dirty, 1);

    /// <summary>Saves now, whatever changed.</summary>
    public void SaveNow()
    {
        lock (gate)
        {
            Interlocked.Exchange(ref dirty, 0);
            SandboxStateFile.Save(options.StatePath, runtime.Capture());
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        SaveNow();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Period, TimeProvider.System);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                if (Interlocked.CompareExchange(ref dirty, 0, 1) == 1)
                {
                    SaveNow();
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping: StopAsync saves.
        }
    }
}
