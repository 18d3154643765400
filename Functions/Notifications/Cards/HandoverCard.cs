using System;
using System.Text.Json.Nodes;

namespace Dataverse.LeadHandover.Functions.Notifications.Cards;

/// <summary>
/// The Adaptive Card a rep receives for a new handover. Version 1.4: Teams renders up to 1.5 and nothing here needs
/// more. Text the prospect or marketing typed goes into <c>TextRun</c>s, which Teams does not read as markdown, so
/// a brief cannot smuggle links or formatting into the card. Only <c>Action.OpenUrl</c> is used: a card posted by
/// a Workflows flow cannot answer submit actions.
/// </summary>
public static class HandoverCard
{
    public const string Version = "1.4";

    public static JsonObject Compose(HandoverCardContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var repAddress = content.RepMentionId is null ? content.RepName : Mention(content.RepName);
        var body = new JsonArray
        {
            TextBlock("New lead handed over to you", size: "Medium", weight: "Bolder"),
            RichText(Run(content.LeadName, weight: "Bolder", size: "Large"), content.LeadContext is null ? null : Run(" · " + content.LeadContext, isSubtle: true)),
            TextBlock(repAddress + ", please acknowledge by " + content.DueLocal + "."),
            Facts(content),
        };
        if (!string.IsNullOrWhiteSpace(content.AssignmentReason))
        {
            body.Add(RichText(Run("Why you: ", weight: "Bolder"), Run(content.AssignmentReason)));
        }

        var card = new JsonObject
        {
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["type"] = "AdaptiveCard",
            ["version"] = Version,
            ["fallbackText"] = "New lead handed over to " + content.RepName + ": " + content.LeadName + ". Please acknowledge by " + content.DueLocal + ".",
            ["body"] = body,
            ["actions"] = new JsonArray
            {
                OpenUrl("Acknowledge", content.AcknowledgeUrl, "positive"),
                OpenUrl("Open in Dynamics", content.OpenInDynamicsUrl, style: null),
                OpenUrl("Reject", content.RejectUrl, "destructive"),
            },
            ["msteams"] = Teams(content),
        };
        return card;
    }

    /// <summary>The mention markup; the card's mention entity must carry exactly this text.</summary>
    public static string Mention(string name) => "<at>" + name + "</at>";

    private static JsonObject Facts(HandoverCardContent content)
    {
        var items = new JsonArray();
        foreach (var fact in content.Facts)
        {
            items.Add(RichText(Run(fact.Title + ": ", weight: "Bolder"), Run(fact.Value)));
        }

        return new JsonObject { ["type"] = "Container", ["separator"] = true, ["items"] = items };
    }

    private static JsonObject Teams(HandoverCardContent content)
    {
        var teams = new JsonObject { ["width"] = "Full" };
        if (content.RepMentionId is not null)
        {
            teams["entities"] = new JsonArray
            {
                new JsonObject
                {
                    ["type"] = "mention",
                    ["text"] = Mention(content.RepName),
                    ["mentioned"] = new JsonObject { ["id"] = content.RepMentionId, ["name"] = content.RepName },
                },
            };
        }

        return teams;
    }

    private static JsonObject TextBlock(string text, string? size = null, string? weight = null)
    {
        var block = new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true };
        if (size is not null)
        {
            block["size"] = size;
        }

        if (weight is not null)
        {
            block["weight"] = weight;
        }

        return block;
    }

    private static JsonObject RichText(JsonObject first, JsonObject? second = null)
    {
        var inlines = new JsonArray { first };
        if (second is not null)
        {
            inlines.Add(second);
        }

        return new JsonObject { ["type"] = "RichTextBlock", ["inlines"] = inlines };
    }

    private static JsonObject Run(string text, string? weight = null, string? size = null, bool isSubtle = false)
    {
        var run = new JsonObject { ["type"] = "TextRun", ["text"] = text };
        if (weight is not null)
        {
            run["weight"] = weight;
        }

        if (size is not null)
        {
            run["size"] = size;
        }

        if (isSubtle)
        {
            run["isSubtle"] = true;
        }

        return run;
    }

    private static JsonObject OpenUrl(string title, Uri url, string? style)
    {
        var action = new JsonObject { ["type"] = "Action.OpenUrl", ["title"] = title, ["url"] = url.AbsoluteUri };
        if (style is not null)
        {
            action["style"] = style;
        }

        return action;
    }
}
