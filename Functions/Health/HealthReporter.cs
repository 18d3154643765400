using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Dataverse.LeadHandover.Functions.Notifications;
using Dataverse.LeadHandover.Functions.Options;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.PowerPlatform.Dataverse.Client;

namespace Dataverse.LeadHandover.Functions.Health;

/// <summary>
/// Checks that every options section validates, that Dataverse answers a WhoAmI and that the notification queue
/// answers. Failures are reported by setting name and exception type only: a health page must not echo secrets or
/// connection details.
/// </summary>
public sealed class HealthReporter(IServiceProvider services)
{
    /// <summary>How long each dependency (Dataverse, the queue) may take to answer.</summary>
    public static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(15);

    public const string Valid = "valid";

    public const string Reachable = "reachable";

    public async Task<HealthReport> CheckAsync(CancellationToken cancellationToken)
    {
        var configuration = new SortedDictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
        {
            [DataverseOptions.SectionName] = Problems<DataverseOptions>(),
            [WebhookOptions.SectionName] = Problems<WebhookOptions>(),
            [TeamsOptions.SectionName] = Problems<TeamsOptions>(),
            [AcknowledgementOptions.SectionName] = Problems<AcknowledgementOptions>(),
            [QueueOptions.SectionName] = Problems<QueueOptions>(),
        };
        var configured = configuration.Values.All(problems => problems.Count == 1 && problems[0] == Valid);
        var dataverse = configuration[DataverseOptions.SectionName][0] == Valid
            ? await DataverseAsync(cancellationToken)
            : "not checked";
        var queue = configuration[QueueOptions.SectionName][0] == Valid
            ? await Reachability(token => services.GetRequiredService<IHandoverNotificationQueue>().CheckReachableAsync(token), cancellationToken)
            : "not checked";
        return new HealthReport(configured && dataverse == Reachable && queue == Reachable, configuration, dataverse, queue);
    }

    private IReadOnlyList<string> Problems<TOptions>()
        where TOptions : class
    {
        try
        {
            _ = services.GetRequiredService<IOptions<TOptions>>().Value;
            return [Valid];
        }
        catch (OptionsValidationException exception)
        {
            return exception.Failures.ToList();
        }
    }

    // The first call signs in, which blocks and knows no cancellation: it must not outlast the timeout either.
    private Task<string> DataverseAsync(CancellationToken cancellationToken) =>
        Reachability(token => services.GetRequiredService<IOrganizationServiceAsync2>().ExecuteAsync(new WhoAmIRequest(), token), cancellationToken);

    private static async Task<string> Reachability(Func<CancellationToken, Task> probe, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(ProbeTimeout);
        try
        {
            await Task.Run(() => probe(timeout.Token), timeout.Token).WaitAsync(timeout.Token);
            return Reachable;
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            // The type says enough to start looking; the message could carry connection details.
            return "unreachable (" + exception.GetType().Name + ")";
        }
    }
}
