using System;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Dataverse.LeadHandover.Functions.Webhooks;

namespace Dataverse.LeadHandover.Sandbox.FunctionsHost;

/// <summary>
/// Dataverse's side of the webhook: POSTs the serialised execution context over real HTTP with the headers Dataverse
/// sends (https://learn.microsoft.com/power-apps/developer/data-platform/use-webhooks) and the service endpoint's
/// key header. A non-success answer fails the system job, which the sandbox lists like Dataverse's system jobs view.
/// </summary>
internal sealed class DataverseWebhookSender(HttpClient http, Uri url, WebhookSecret secret, string organizationName)
{
    public async Task PostAsync(string remoteExecutionContextJson, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new StringContent(remoteExecutionContextJson, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add(secret.HeaderName, secret.Key);
        request.Headers.Add("x-request-id", Guid.NewGuid().ToString("D"));
        request.Headers.Add("x-ms-dynamics-organization", organizationName);
        using (var context = JsonDocument.Parse(remoteExecutionContextJson))
        {
            var root = context.RootElement;
            request.Headers.Add("x-ms-dynamics-entity-name", root.GetProperty("PrimaryEntityName").GetString());
            request.Headers.Add("x-ms-dynamics-request-name", root.GetProperty("MessageName").GetString());
            request.Headers.Add(DataverseWebhookHeaders.CorrelationRequestId, root.GetProperty("CorrelationId").GetString());
        }

        using var response = await http.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException("The webhook at " + url.AbsolutePath + " answered " + (int)response.StatusCode + " " + response.ReasonPhrase + ".", null, response.StatusCode);
        }
    }
}
