using System;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace Dataverse.LeadHandover.Functions.Notifications;

/// <summary>
/// The queue message between the webhook and the Teams sender: ids only. Everything else is read from the ledger
/// when sending, so the queue never holds personal data and a stale message cannot send stale facts.
/// </summary>
/// <param name="HandoverId">The <c>lh_handover</c> row to announce.</param>
/// <param name="CorrelationId">Dataverse's correlation id, carried for the logs.</param>
public sealed record HandoverNotificationMessage(Guid HandoverId, Guid CorrelationId)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The message body: <c>{"handoverId":"…","correlationId":"…"}</c>.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static bool TryParse(string? json, [NotNullWhen(true)] out HandoverNotificationMessage? message)
    {
        message = null;
        if (string.IsNullOrWhiteSpace(json))
        {
            return false;
        }

        try
        {
            message = JsonSerializer.Deserialize<HandoverNotificationMessage>(json, Json);
        }
        catch (JsonException)
        {
            return false;
        }

        if (message is null || message.HandoverId == Guid.Empty)
        {
            message = null;
            return false;
        }

        return true;
    }
}
