using System;
using System.Linq;
using System.Text.Json.Nodes;

namespace Dataverse.LeadHandover.Functions.Notifications.Cards;

/// <summary>
/// The Adaptive Card of an SLA notice: the same card version, text handling and Teams envelope as the handover card
/// (<see cref="HandoverCard"/>), with a title, one summary line naming who must act, the facts and link buttons.
/// Facts are <c>TextRun</c>s, so lead data cannot inject markdown. The summary is a markdown <c>TextBlock</c> (mentions
/// only work there), so it carries mention markup and our own words, never text a prospect typed: it says "the lead
/// below" and the lead's name is a fact.
/// </summary>
public static class SlaNoticeCard
{
    public static JsonObject Compose(SlaNoticeContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var facts = new JsonArray();
        foreach (var fact in content.Facts)
        {
            facts.Add(new JsonObject
            {
                ["type"] = "RichTextBlock",
                ["inlines"] = new JsonArray
                {
                    new JsonObject { ["type"] = "TextRun", ["text"] = fact.Title + ": ", ["weight"] = "Bolder" },
                    new JsonObject { ["type"] = "TextRun", ["text"] = fact.Value },
                },
            });
        }

        var actions = new JsonArray();
        foreach (var action in content.Actions)
        {
            var button = new JsonObject { ["type"] = "Action.OpenUrl", ["title"] = action.Title, ["url"] = action.Url.AbsoluteUri };
            if (action.Style is not null)
            {
                button["style"] = action.Style;
            }

            actions.Add(button);
        }

        var card = new JsonObject
        {
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["type"] = "AdaptiveCard",
            ["version"] = HandoverCard.Version,
            ["fallbackText"] = content.FallbackText,
            ["body"] = new JsonArray
            {
                new JsonObject { ["type"] = "TextBlock", ["text"] = content.Title, ["size"] = "Medium", ["weight"] = "Bolder", ["wrap"] = true },
                new JsonObject { ["type"] = "TextBlock", ["text"] = content.Summary, ["wrap"] = true },
                new JsonObject { ["type"] = "Container", ["separator"] = true, ["items"] = facts },
            },
            ["msteams"] = Teams(content),
        };
        if (actions.Count > 0)
        {
            card["actions"] = actions;
        }

        return card;
    }

    /// <summary>The mention markup for <paramref name="person"/> when they can be mentioned, else their plain name.</summary>
    public static string Mention(NoticeMention person)
    {
        ArgumentNullException.ThrowIfNull(person);
        return person.MentionId is null ? person.Name : HandoverCard.Mention(person.Name);
    }

    private static JsonObject Teams(SlaNoticeContent content)
    {
        var teams = new JsonObject { ["width"] = "Full" };
        var mentioned = content.Mentions.Where(person => person.MentionId is not null).DistinctBy(person => person.MentionId).ToList();
        if (mentioned.Count > 0)
        {
            var entities = new JsonArray();
            foreach (var person in mentioned)
            {
                entities.Add(new JsonObject
                {
                    ["type"] = "mention",
                    ["text"] = HandoverCard.Mention(person.Name),
                    ["mentioned"] = new JsonObject { ["id"] = person.MentionId, ["name"] = person.Name },
                });
            }

            teams["entities"] = entities;
        }

        return teams;
    }
}
