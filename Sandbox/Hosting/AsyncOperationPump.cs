using System;
using System.Threading;
using System.Threading.Tasks;
using Dataverse.LeadHandover.Sandbox.Organization;
using Microsoft.Extensions.Hosting;

namespace Dataverse.LeadHandover.Sandbox.Hosting;

/// <summary>
/// Dataverse's asynchronous service: runs queued asynchronous steps (the webhook to the Functions) shortly after the
/// request that queued them, on a thread of its own, because a drain holds the organization while it posts over HTTP
/// and must not take a thread the web server needs to answer that post.
/// </summary>
internal sealed class AsyncOperationPump(SandboxOrganization organization) : IHostedService, IDisposable
{
    private static readonly TimeSpan Idle = TimeSpan.FromSeconds(1);

    private readonly SemaphoreSlim signal = new(0);
    private readonly CancellationTokenSource stopping = new();
    private Thread? thread;

    /// <summary>Asks for a drain soon; called after every request that may have queued work.</summary>
    public void Signal()
    {
        if (signal.CurrentCount == 0)
        {
            signal.Release();
        }
    }

    /// <summary>Runs every queued asynchronous step now, on the calling thread; returns how many ran.</summary>
    public int DrainNow() => organization.Dataverse.DrainAsyncOperations();

    public Task StartAsync(CancellationToken cancellationToken)
    {
        thread = new Thread(Run) { IsBackground = true, Name = "Sandbox asynchronous service" };
        thread.Start();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        stopping.Cancel();
        thread?.Join(TimeSpan.FromSeconds(5));
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        stopping.Dispose();
        signal.Dispose();
    }

    private void Run()
    {
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                // A timed wake-up as well, for work queued by calls the sandbox doesn't see (the Functions' own).
                signal.Wait(Idle, stopping.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            DrainNow();
        }
    }
}
