using System;
using System.ComponentModel.DataAnnotations;

namespace Dataverse.LeadHandover.Functions.Options;

/// <summary>
/// Posting handover cards to Teams through a Workflows webhook (section <c>Teams</c>). The URL carries its own
/// signature, so whoever holds it can post to the channel: it is a secret, never logged.
/// </summary>
public sealed class TeamsOptions
{
    public const string SectionName = "Teams";

    /// <summary>Secret: the "When a Teams webhook request is received" trigger URL of the channel's workflow.</summary>
    [Required(ErrorMessage = "Set Teams:WorkflowUrl (app setting Teams__WorkflowUrl, a Key Vault reference in Azure) to the Teams Workflows webhook URL.")]
    [Url(ErrorMessage = "Teams:WorkflowUrl (app setting Teams__WorkflowUrl) must be an absolute https URL.")]
    public string WorkflowUrl { get; set; } = string.Empty;

    /// <summary>Posts per second to the channel; Teams throttles a webhook above 4 per second.</summary>
    [Range(1, 4, ErrorMessage = "Teams:MaxPostsPerSecond (app setting Teams__MaxPostsPerSecond) must be between 1 and 4.")]
    public int MaxPostsPerSecond { get; set; } = 4;

    /// <summary>How many times one notification is retried after a transient failure (429, 5xx, timeout).</summary>
    [Range(1, 10, ErrorMessage = "Teams:MaxRetryAttempts (app setting Teams__MaxRetryAttempts) must be between 1 and 10.")]
    public int MaxRetryAttempts { get; set; } = 3;

    /// <summary>First retry delay when Teams gives no Retry-After; doubled per retry, with jitter.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:01:00", ErrorMessage = "Teams:RetryDelay (app setting Teams__RetryDelay) must be between 00:00:00.100 and 00:01:00.")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Longest wait for one HTTP attempt.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:02:00", ErrorMessage = "Teams:AttemptTimeout (app setting Teams__AttemptTimeout) must be between 00:00:01 and 00:02:00.")]
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Longest time one notification may take, retries and waits included.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "00:05:00", ErrorMessage = "Teams:TotalTimeout (app setting Teams__TotalTimeout) must be between 00:00:05 and 00:05:00.")]
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(90);

    /// <summary>After a failed notification, when the ledger says to try again (the SLA timer picks it up then).</summary>
    [Range(typeof(TimeSpan), "00:00:30", "1.00:00:00", ErrorMessage = "Teams:RetryFailedAfter (app setting Teams__RetryFailedAfter) must be between 00:00:30 and 1.00:00:00.")]
    public TimeSpan RetryFailedAfter { get; set; } = TimeSpan.FromMinutes(5);
}
