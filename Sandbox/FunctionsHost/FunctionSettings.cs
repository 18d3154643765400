using System;
using System.Collections.Generic;
using Dataverse.LeadHandover.Functions.Options;

namespace Dataverse.LeadHandover.Sandbox.FunctionsHost;

/// <summary>
/// The Functions app's settings in the sandbox, by the same names as its app settings (<c>Section:Name</c>), pointing
/// at the sandbox itself: the "Dynamics" deep links and the acknowledgement pages at its own address, Teams at its
/// loopback inbox. The queue settings are validated as in Azure but unused: the in-process queue replaces storage.
/// </summary>
internal static class FunctionSettings
{
    public const string NotificationQueueName = "lh-handover-notifications";

    public static Dictionary<string, string?> For(Uri sandbox, Guid organizationId, WebhookSecret webhook, string linkSigningKey, Uri teamsWorkflowUrl)
    {
        ArgumentNullException.ThrowIfNull(sandbox);
        ArgumentNullException.ThrowIfNull(webhook);
        var root = sandbox.GetLeftPart(UriPartial.Authority);
        return new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            [Key(DataverseOptions.SectionName, nameof(DataverseOptions.Url))] = root,
            [Key(WebhookOptions.SectionName, nameof(WebhookOptions.SharedKey))] = webhook.Key,
            [Key(WebhookOptions.SectionName, nameof(WebhookOptions.KeyHeaderName))] = webhook.HeaderName,
            [Key(WebhookOptions.SectionName, nameof(WebhookOptions.AllowedOrganizationId))] = organizationId.ToString("D"),
            [Key(TeamsOptions.SectionName, nameof(TeamsOptions.WorkflowUrl))] = teamsWorkflowUrl.AbsoluteUri,

            // Short waits: a sandbox user watches the card arrive, and the loopback Teams answers at once.
            [Key(TeamsOptions.SectionName, nameof(TeamsOptions.RetryDelay))] = "00:00:00.200",
            [Key(TeamsOptions.SectionName, nameof(TeamsOptions.TotalTimeout))] = "00:00:15",
            [Key(TeamsOptions.SectionName, nameof(TeamsOptions.AttemptTimeout))] = "00:00:05",
            [Key(AcknowledgementOptions.SectionName, nameof(AcknowledgementOptions.PublicBaseUrl))] = root + "/" + HttpFunctionRoute.RoutePrefix,
            [Key(AcknowledgementOptions.SectionName, nameof(AcknowledgementOptions.LinkSigningKey))] = linkSigningKey,
            [Key(QueueOptions.SectionName, nameof(QueueOptions.Connection))] = "UseDevelopmentStorage=true",
            [Key(QueueOptions.SectionName, nameof(QueueOptions.NotificationQueueName))] = NotificationQueueName,
        };
    }

    private static string Key(string section, string name) => section + ":" + name;
}
