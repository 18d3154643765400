using Dataverse.LeadHandover.Functions.Options;
using System;
using System.Threading;
using System.Threading.Tasks;
using Dataverse.LeadHandover.Functions.Sweep;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Dataverse.LeadHandover.Functions.Timers;

/// <summary>
/// The follow-up timer (schedule <c>Sweep:FollowUpSchedule</c>, every 15 minutes by default): reps and their managers
/// hear once about each handover whose follow-up window closed without enough contact attempts. The ledger records
/// each check, so a run after missed ones (<see cref="TimerInfo.IsPastDue"/>) simply finds more to check.
/// </summary>
public sealed class FollowUpCadence(FollowUpCadenceCheck check, ILogger<FollowUpCadence> logger)
{
    [Function(nameof(FollowUpCadence))]
    public async Task RunAsync([TimerTrigger(SweepOptions.FollowUpScheduleExpression)] TimerInfo timer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timer);
        if (timer.IsPastDue)
        {
            TimerLog.PastDue(logger, nameof(FollowUpCadence), timer.ScheduleStatus?.Last);
        }

        await check.RunAsync(cancellationToken);
    }
}
