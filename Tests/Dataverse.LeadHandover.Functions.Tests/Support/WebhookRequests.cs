using System.IO;
using System.Text;
using Dataverse.LeadHandover.Functions.Webhooks;
using Microsoft.AspNetCore.Http;

namespace Dataverse.LeadHandover.Functions.Tests.Support;

/// <summary>Webhook requests as Dataverse sends them: POST, JSON body, its headers, and our key header.</summary>
internal static class WebhookRequests
{
    public static HttpRequest Post(string body, string? key = TestSettings.WebhookKey, bool sizeExceeded = false)
    {
        var request = new DefaultHttpContext().Request;
        request.Method = HttpMethods.Post;
        var bytes = Encoding.UTF8.GetBytes(body);
        request.Body = new MemoryStream(bytes);
        request.ContentLength = bytes.Length;
        request.ContentType = "application/json";
        request.Headers["x-ms-dynamics-organization"] = "contoso.crm4.dynamics.com";
        request.Headers["x-ms-dynamics-entity-name"] = "lh_handover";
        request.Headers["x-ms-dynamics-request-name"] = "Create";
        request.Headers[DataverseWebhookHeaders.CorrelationRequestId] = Ids.Correlation.ToString("D");
        if (key is not null)
        {
            request.Headers[TestSettings.WebhookKeyHeader] = key;
        }

        if (sizeExceeded)
        {
            // Learn documents the header's presence, not its value.
            request.Headers[DataverseWebhookHeaders.MessageSizeExceeded] = "true";
        }

        return request;
    }
}
