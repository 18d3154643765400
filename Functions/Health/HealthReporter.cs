using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Dataverse.LeadHandover.Functions.Options;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.PowerPlatform.Dataverse.Client;

namespace Dataverse.LeadHandover.Functions.Health;

/// <summary>
/// Checks that every options section validates and that Dataverse answers a WhoAmI. Failures are reported by
/// setting name and exception type only: a health page must not echo secrets or connection details.
/// </summary>
public sealed class HealthReporter(IServiceProvider services)
{
    public static readonly TimeSpan DataverseTimeout = TimeSpan.FromSeconds(15);

    public const string Valid = "valid";

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
        return new HealthReport(configured && dataverse == "reachable", configuration, dataverse);
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

    private async Task<string> DataverseAsync(CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(DataverseTimeout);
        try
        {
            // The first call signs in, which blocks and knows no cancellation: it must not outlast the timeout either.
            var dataverse = services.GetRequiredService<IOrganizationServiceAsync2>();
            await Task.Run(() => dataverse.ExecuteAsync(new WhoAmIRequest(), timeout.Token), timeout.Token).WaitAsync(timeout.Token);
            return "reachable";
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            // The type says enough to start looking; the message could carry connection details.
            return "unreachable (" + exception.GetType().Name + ")";
        }
    }
}
