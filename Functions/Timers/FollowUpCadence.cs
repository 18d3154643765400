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
/// hear once about each handover whose follow-up window closed without enough contact attempts. The previous
/// occurrence the host reports bounds the interval a run covers, so after missed runs (<see cref="TimerInfo.IsPastDue"/>)
/// the catch-up run covers the whole gap.
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

        await check.RunAsync(PreviousRun(timer), cancellationToken);
    }

    // The host keeps the schedule in the process's clock (UTC on Azure); a local time is converted, anything else taken as UTC.
    private static DateTimeOffset? PreviousRun(TimerInfo timer) => timer.ScheduleStatus?.Last is DateTime last && last != default
        ? new DateTimeOffset(last.Kind == DateTimeKind.Local ? last.ToUniversalTime() : DateTime.SpecifyKind(last, DateTimeKind.Utc))
        : null;
}
