using System;
using System.Collections.Generic;
using System.ComponentModel.DataAnnotations;
using System.Data.Common;

namespace Dataverse.LeadHandover.Functions.Options;

/// <summary>
/// Where the Dataverse environment is (section <c>Dataverse</c>). In Azure the app connects with its managed
/// identity (no secret here); locally a connection string can be used instead.
/// </summary>
public sealed class DataverseOptions : IValidatableObject
{
    public const string SectionName = "Dataverse";

    /// <summary>The environment URL, e.g. <c>https://contoso.crm4.dynamics.com</c>; also the base of "Open in Dynamics" links.</summary>
    [Required(ErrorMessage = "Set Dataverse:Url (app setting Dataverse__Url) to the environment URL, e.g. https://contoso.crm4.dynamics.com.")]
    [Url(ErrorMessage = "Dataverse:Url (app setting Dataverse__Url) must be an absolute https URL.")]
    public string Url { get; set; } = string.Empty;

    /// <summary>
    /// Local development only (secret): a ServiceClient connection string. Empty in Azure, where the managed identity
    /// is used.
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>Client id of a user-assigned managed identity; empty for the system-assigned one.</summary>
    public string? ManagedIdentityClientId { get; set; }

    /// <summary>
    /// How often ServiceClient itself retries a throttled or failing call before the caller sees the fault. Kept low
    /// by default (ServiceClient's own default is 10, waiting minutes): the sweep backs off on the injected clock and
    /// the webhook and acknowledgement pages must answer quickly.
    /// </summary>
    [Range(0, 10, ErrorMessage = "Dataverse:MaxRetryCount (app setting Dataverse__MaxRetryCount) must be between 0 and 10.")]
    public int MaxRetryCount { get; set; } = 2;

    /// <summary>ServiceClient's base pause between its own retries (it adds 2^attempt seconds unless Dataverse says Retry-After).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00", ErrorMessage = "Dataverse:RetryPauseTime (app setting Dataverse__RetryPauseTime) must be between 00:00:00 and 00:01:00.")]
    public TimeSpan RetryPauseTime { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The environment URL as a URI; call only on validated options (a method, so validation never reads it).</summary>
    public Uri EnvironmentUri() => new(Url.TrimEnd('/'), UriKind.Absolute);

    /// <summary>True when the app signs in with a connection string (local development) rather than its managed identity.</summary>
    public bool UsesConnectionString() => !string.IsNullOrWhiteSpace(ConnectionString);

    /// <summary>
    /// Dataverse only answers https (the sandbox's loopback stand-in excepted), and the connection string (which names its own environment) must point at the
    /// environment Dataverse:Url names, or links would open one environment while the app writes to another.
    /// </summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        // Plain http only on this machine: the sandbox serves its stand-in Dataverse on loopback.
        if (!Uri.TryCreate(Url, UriKind.Absolute, out var environment)
            || !(environment.Scheme == Uri.UriSchemeHttps || (environment.Scheme == Uri.UriSchemeHttp && environment.IsLoopback)))
        {
            yield return new ValidationResult("Dataverse:Url (app setting Dataverse__Url) must be an absolute https URL.", [nameof(Url)]);
            yield break;
        }

        if (UsesConnectionString() && ConnectionStringHost() is var host && !string.Equals(host, environment.Host, StringComparison.OrdinalIgnoreCase))
        {
            // Host names only: the connection string holds a secret.
            yield return new ValidationResult(
                host is null
                    ? "Dataverse:ConnectionString (app setting Dataverse__ConnectionString) must be key=value pairs separated by ';' that name the environment with Url=" + environment.GetLeftPart(UriPartial.Authority) + "."
                    : "Dataverse:ConnectionString points at " + host + " but Dataverse:Url at " + environment.Host + "; make them the same environment.",
                [nameof(ConnectionString)]);
        }
    }

    // ServiceClient's keys for the environment (case-insensitive): ServiceUri, Service Uri, Url, Server.
    private string? ConnectionStringHost()
    {
        var settings = new DbConnectionStringBuilder();
        try
        {
            settings.ConnectionString = ConnectionString;
        }
        catch (ArgumentException)
        {
            return null;
        }

        foreach (var key in new[] { "ServiceUri", "Service Uri", "Url", "Server" })
        {
            if (settings.TryGetValue(key, out var value) && Uri.TryCreate(value?.ToString(), UriKind.Absolute, out var uri))
            {
                return uri.Host;
            }
        }

        return null;
    }
}
