using System;
using System.Collections.Generic;
using System.ComponentModel.DataAnnotations;

namespace Dataverse.LeadHandover.Functions.Options;

/// <summary>
/// The SLA sweep and the follow-up cadence (section <c>Sweep</c>). The schedules are read twice: by the Functions
/// host, which resolves <c>%Sweep:Schedule%</c> from the app settings before the worker starts (so the app
/// setting must exist), and here, so a malformed value is named at start-up.
/// </summary>
public sealed class SweepOptions : IValidatableObject
{
    public const string SectionName = "Sweep";

    /// <summary>The binding expression of the SLA sweep's timer.</summary>
    public const string ScheduleExpression = "%" + SectionName + ":" + nameof(Schedule) + "%";

    /// <summary>The binding expression of the follow-up cadence's timer.</summary>
    public const string FollowUpScheduleExpression = "%" + SectionName + ":" + nameof(FollowUpSchedule) + "%";

    /// <summary>NCRONTAB (six fields, UTC) of the SLA sweep; every minute by default.</summary>
    [Required(ErrorMessage = "Set Sweep:Schedule (app setting Sweep__Schedule) to an NCRONTAB expression, e.g. 0 */1 * * * *.")]
    public string Schedule { get; set; } = "0 */1 * * * *";

    /// <summary>NCRONTAB (six fields, UTC) of the follow-up cadence; every 15 minutes by default.</summary>
    [Required(ErrorMessage = "Set Sweep:FollowUpSchedule (app setting Sweep__FollowUpSchedule) to an NCRONTAB expression, e.g. 0 */15 * * * *.")]
    public string FollowUpSchedule { get; set; } = "0 */15 * * * *";

    /// <summary>
    /// How long after a follow-up window closed it is still checked: unchecked windows that closed earlier are left
    /// alone (an old ledger when the package is installed, or an outage longer than this).
    /// </summary>
    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00", ErrorMessage = "Sweep:FollowUpCatchUpLimit (app setting Sweep__FollowUpCatchUpLimit) must be between 00:01:00 and 30.00:00:00.")]
    public TimeSpan FollowUpCatchUpLimit { get; set; } = TimeSpan.FromDays(3);

    /// <summary>Rows per page of the due-work query; Dataverse returns at most 5,000.</summary>
    [Range(1, 5000, ErrorMessage = "Sweep:PageSize (app setting Sweep__PageSize) must be between 1 and 5000.")]
    public int PageSize { get; set; } = 5000;

    /// <summary>Requests per ExecuteMultiple batch; Dataverse refuses more than 1,000.</summary>
    [Range(1, 1000, ErrorMessage = "Sweep:BatchSize (app setting Sweep__BatchSize) must be between 1 and 1000.")]
    public int BatchSize { get; set; } = 1000;

    /// <summary>
    /// Ladder steps and notification retries one run takes on, most overdue first; the rest wait for the next run.
    /// Teams accepts 4 posts a second, so 1,000 is about four minutes of posting, inside the function timeout.
    /// </summary>
    [Range(1, 1_000_000, ErrorMessage = "Sweep:MaxStepsPerRun (app setting Sweep__MaxStepsPerRun) must be between 1 and 1000000.")]
    public int MaxStepsPerRun { get; set; } = 1000;

    /// <summary>
    /// How long a Pending notification that was never attempted belongs to the webhook's fast path; after that the
    /// sweep sends it (the webhook never arrived, or its queue message was lost).
    /// </summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00", ErrorMessage = "Sweep:UndeliveredGrace (app setting Sweep__UndeliveredGrace) must be between 00:01:00 and 1.00:00:00.")]
    public TimeSpan UndeliveredGrace { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long the sweep settings, policy and calendars read from Dataverse are reused before reading them again.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00", ErrorMessage = "Sweep:ReferenceDataLifetime (app setting Sweep__ReferenceDataLifetime) must be between 00:00:00 and 1.00:00:00.")]
    public TimeSpan ReferenceDataLifetime { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How many times one Dataverse call is retried after a service protection fault before the run gives up.</summary>
    [Range(0, 20, ErrorMessage = "Sweep:MaxThrottleRetries (app setting Sweep__MaxThrottleRetries) must be between 0 and 20.")]
    public int MaxThrottleRetries { get; set; } = 5;

    /// <summary>The longest Retry-After the run waits out; a longer one ends the run and the next run carries on.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00", ErrorMessage = "Sweep:MaxThrottleWait (app setting Sweep__MaxThrottleWait) must be between 00:00:01 and 00:10:00.")]
    public TimeSpan MaxThrottleWait { get; set; } = TimeSpan.FromMinutes(2);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var (name, value) in new[] { (nameof(Schedule), Schedule), (nameof(FollowUpSchedule), FollowUpSchedule) })
        {
            if (!string.IsNullOrWhiteSpace(value) && !LooksLikeNcrontab(value))
            {
                yield return new ValidationResult(
                    "Sweep:" + name + " (app setting Sweep__" + name + ") must be an NCRONTAB expression of five or six fields, e.g. 0 */1 * * * *.",
                    [name]);
            }
        }
    }

    // The host parses the expression itself; this catches the usual mistakes (a TimeSpan, a missing field) early.
    private static bool LooksLikeNcrontab(string value)
    {
        var fields = value.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (fields.Length is not (5 or 6))
        {
            return false;
        }

        foreach (var field in fields)
        {
            foreach (var character in field)
            {
                if (!char.IsAsciiLetterOrDigit(character) && character is not ('*' or '/' or ',' or '-'))
                {
                    return false;
                }
            }
        }

        return true;
    }
}
