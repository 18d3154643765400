using System;
using System.Threading;
using System.Threading.Tasks;
using Dataverse.LeadHandover.Sandbox.Clock;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Dataverse.LeadHandover.Sandbox.Sla;

/// <summary>
/// While sandbox time runs with real time, fires the timers every minute as their schedules do in Azure. A frozen
/// clock (tests, --frozen) only moves with the clock buttons, which fire the timers themselves.
/// </summary>
internal sealed partial class TimerSchedule(SlaTimers timers, SandboxClock clock, ILogger<TimerSchedule> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var tick = new PeriodicTimer(TimeSpan.FromMinutes(1), TimeProvider.System);
        try
        {
            while (await tick.WaitForNextTickAsync(stoppingToken))
            {
                if (!clock.IsRunning)
                {
                    continue;
                }

                try
                {
                    LogRan(logger, await timers.RunAsync(stoppingToken));
                }
                catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
                {
                    // A failed run is the next run's work, as on Azure; say so and keep the schedule.
                    LogFailed(logger, exception);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }

    [LoggerMessage(9201, LogLevel.Information, "{Summary}")]
    private static partial void LogRan(ILogger logger, string summary);

    [LoggerMessage(9202, LogLevel.Warning, "A scheduled timer run failed; the next run picks its work up.")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
