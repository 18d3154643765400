using System;
using System.Threading;
using System.Threading.Tasks;
using Dataverse.LeadHandover.Functions.Sweep;
using Dataverse.LeadHandover.Functions.Timers;
using Dataverse.LeadHandover.Sandbox.Clock;
using Dataverse.LeadHandover.Sandbox.Teams;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;

namespace Dataverse.LeadHandover.Sandbox.Sla;

/// <summary>
/// Fires the Functions app's timer functions (<see cref="SlaSweep"/>, then <see cref="FollowUpCadence"/>) the way the
/// Functions host does: a fresh instance from DI, a <see cref="TimerInfo"/> saying when the previous run was and
/// whether this one is late. A sweep takes at most one ladder step per handover, and the runs a clock jump skipped
/// would each have taken one, so the sweep then runs again until it finds nothing more to do (as the next minutes'
/// runs would in Azure), at most <see cref="MaxCatchUpRuns"/> times.
/// </summary>
internal sealed class SlaTimers(IServiceScopeFactory scopes, SandboxClock clock, TeamsInbox teams)
{
    /// <summary>The timers' default schedule fires every minute; a longer gap means this run is past due.</summary>
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    /// <summary>More than the ladder has steps, so every step a jump made due is taken.</summary>
    public const int MaxCatchUpRuns = 10;

    private readonly SemaphoreSlim gate = new(1, 1);
    private DateTimeOffset lastRun = clock.GetUtcNow();

    /// <summary>Runs both timers once and says what they posted to Teams.</summary>
    public async Task<string> RunAsync(CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            var now = clock.GetUtcNow();
            var timer = new TimerInfo
            {
                IsPastDue = now - lastRun > Interval,
                ScheduleStatus = new ScheduleStatus { Last = lastRun.UtcDateTime, Next = (now + Interval).UtcDateTime, LastUpdated = now.UtcDateTime },
            };
            var postsBefore = teams.All.Count;
            using (var scope = scopes.CreateScope())
            {
                await scope.ServiceProvider.GetRequiredService<SlaSweep>().RunAsync(timer, cancellationToken);
                for (var run = 1; run < MaxCatchUpRuns; run++)
                {
                    var report = await scope.ServiceProvider.GetRequiredService<SlaSweeper>().RunAsync(cancellationToken);
                    if (report.Reminded + report.Escalated + report.Reassigned + report.NotificationsSent == 0)
                    {
                        break;
                    }
                }

                await scope.ServiceProvider.GetRequiredService<FollowUpCadence>().RunAsync(timer, cancellationToken);
            }

            lastRun = now;
            var posted = teams.All.Count - postsBefore;
            return "The SLA sweep and the follow-up cadence ran at " + Metadata.DisplayValue.Time(now.UtcDateTime) + (timer.IsPastDue ? " (catching up)" : string.Empty)
                + ": " + posted + (posted == 1 ? " card" : " cards") + " posted to Teams.";
        }
        finally
        {
            gate.Release();
        }
    }
}
