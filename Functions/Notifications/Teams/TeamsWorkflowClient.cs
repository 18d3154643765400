using System;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Dataverse.LeadHandover.Functions.Options;
using Microsoft.Extensions.Options;

namespace Dataverse.LeadHandover.Functions.Notifications.Teams;

/// <summary>
/// Posts a message to the channel's Teams Workflows webhook. Retries, Retry-After, the rate limit and timeouts
/// are the resilience handler's job (see <see cref="TeamsResilience"/>); this class sends and judges the answer.
/// The workflow answers 202 once the run is queued, so success means "accepted", not "shown".
/// </summary>
public sealed class TeamsWorkflowClient(HttpClient http, IOptions<TeamsOptions> options)
{
    private readonly Uri workflowUrl = new(options.Value.WorkflowUrl);

    public async Task PostAsync(string messageJson, CancellationToken cancellationToken)
    {
        using var content = new StringContent(messageJson, Encoding.UTF8, "application/json");
        using var response = await http.PostAsync(workflowUrl, content, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new TeamsPostFailedException(response.StatusCode);
        }
    }
}
