using System;
using System.Collections.Generic;
using System.Linq;

namespace Dataverse.LeadHandover.Functions.Tests.Support;

/// <summary>A complete, valid configuration with obviously fake values; tests change or remove single settings.</summary>
internal static class TestSettings
{
    public const string EnvironmentUrl = "https://contoso.crm4.dynamics.com";
    public const string WebhookKeyHeader = "x-lh-webhook-key";
    public const string WebhookKey = "test-webhook-key-0123456789-abcdefghijklmnop";
    public const string WorkflowUrl = "https://teams.example.invalid/workflows/handovers/invoke?sig=fake";
    public const string PublicBaseUrl = "https://functions.example.invalid/api";
    public const string NotificationQueueName = "lh-handover-notifications";

    /// <summary>The link signing key: bytes 1 to 32, base64.</summary>
    public static readonly string LinkSigningKey = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());

    public static Dictionary<string, string?> Valid(Guid organizationId) => new(StringComparer.OrdinalIgnoreCase)
    {
        ["Dataverse:Url"] = EnvironmentUrl,
        ["Webhook:SharedKey"] = WebhookKey,
        ["Webhook:AllowedOrganizationId"] = organizationId.ToString("D"),
        ["Webhook:KeyHeaderName"] = WebhookKeyHeader,
        ["Teams:WorkflowUrl"] = WorkflowUrl,
        ["Acknowledgement:PublicBaseUrl"] = PublicBaseUrl,
        ["Acknowledgement:LinkSigningKey"] = LinkSigningKey,
        ["Queues:Connection"] = "UseDevelopmentStorage=true",
        ["Queues:NotificationQueueName"] = NotificationQueueName,
    };
}
