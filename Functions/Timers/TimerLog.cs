using System;
using Microsoft.Extensions.Logging;

namespace Dataverse.LeadHandover.Functions.Timers;

/// <summary>The timer functions' own log lines.</summary>
internal static partial class TimerLog
{
    [LoggerMessage(4201, LogLevel.Warning, "{Function} is running late (past due; previous occurrence {Last:o}): this run catches up on everything due since.")]
    public static partial void PastDue(ILogger logger, string function, DateTime? last);
}
