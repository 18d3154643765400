using Dataverse.LeadHandover.Functions.Options;
using System;
using System.Threading;
using System.Threading.Tasks;
using Dataverse.LeadHandover.Functions.Sweep;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Dataverse.LeadHandover.Functions.Timers;

/// <summary>
/// The SLA timer (schedule <c>Sweep:Schedule</c>, every minute by default). The sweep decides from the ledger as it
/// is now, so a run that fires late (<see cref="TimerInfo.IsPastDue"/>, e.g. the one catch-up call after the host was
/// down) catches up on everything missed; a failed run is simply the next run's work.
/// </summary>
public sealed class SlaSweep(SlaSweeper sweeper, ILogger<SlaSweep> logger)
{
    [Function(nameof(SlaSweep))]
    public async Task RunAsync([TimerTrigger(SweepOptions.ScheduleExpression)] TimerInfo timer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timer);
        if (timer.IsPastDue)
        {
            TimerLog.PastDue(logger, nameof(SlaSweep), timer.ScheduleStatus?.Last);
        }

        await sweeper.RunAsync(cancellationToken);
    }
}
