using System;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;

namespace Dataverse.LeadHandover.Functions.Notifications.Cards;

/// <summary>
/// The body a Teams Workflows webhook expects: a <c>message</c> whose attachments are Adaptive Cards. The flow
/// posts each attachment; a bare card without this envelope does not render.
/// </summary>
public static class TeamsWorkflowMessage
{
    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";

    // Non-ASCII text stays as UTF-8 rather than \uXXXX escapes, which would triple its size against Teams' limit.
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static JsonObject Wrap(JsonObject card) => new()
    {
        ["type"] = "message",
        ["attachments"] = new JsonArray
        {
            new JsonObject
            {
                ["contentType"] = AdaptiveCardContentType,
                ["contentUrl"] = null,
                ["content"] = card,
            },
        },
    };

    public static string Serialize(JsonObject message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return message.ToJsonString(Json);
    }
}
