using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Text.Json.Nodes;

namespace Dataverse.LeadHandover.Sandbox.Teams;

/// <summary>
/// The sandbox's Teams: every Adaptive Card the Functions post to the Workflows webhook, kept in arrival order and
/// addressed by the card's mentions, so each person's inbox shows the cards that mention them (an escalation
/// mentions both the manager and the rep).
/// </summary>
internal sealed class TeamsInbox
{
    private readonly Lock gate = new();
    private readonly List<TeamsPost> posts = [];

    public IReadOnlyList<TeamsPost> All
    {
        get
        {
            lock (gate)
            {
                return posts.ToList();
            }
        }
    }

    /// <summary>
    /// Accepts a Workflows message (<c>{"type":"message","attachments":[{"contentType":…,"content":card}]}</c>) and
    /// keeps each Adaptive Card attachment; returns how many cards it held, 0 when it is not such a message.
    /// </summary>
    public int Receive(string body, DateTimeOffset receivedOn)
    {
        JsonNode? message;
        try
        {
            message = JsonNode.Parse(body);
        }
        catch (System.Text.Json.JsonException)
        {
            return 0;
        }

        var cards = (message?["attachments"] as JsonArray ?? [])
            .Where(attachment => (string?)attachment?["contentType"] == "application/vnd.microsoft.card.adaptive")
            .Select(attachment => attachment?["content"] as JsonObject)
            .OfType<JsonObject>()
            .ToList();
        lock (gate)
        {
            foreach (var card in cards)
            {
                var mentioned = (card["msteams"]?["entities"] as JsonArray ?? [])
                    .Where(entity => (string?)entity?["type"] == "mention")
                    .Select(entity => (string?)entity?["mentioned"]?["id"])
                    .OfType<string>()
                    .Distinct(StringComparer.OrdinalIgnoreCase)
                    .ToList();
                posts.Add(new TeamsPost(Guid.NewGuid(), receivedOn, mentioned, card.ToJsonString()));
            }
        }

        return cards.Count;
    }

    /// <summary>The cards that mention any of <paramref name="mentionIds"/> (a user's object id and UPN), newest first.</summary>
    public IReadOnlyList<TeamsPost> For(IEnumerable<string> mentionIds)
    {
        var ids = mentionIds.Where(id => !string.IsNullOrEmpty(id)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        lock (gate)
        {
            return posts.Where(post => post.MentionedIds.Any(ids.Contains)).Reverse().ToList();
        }
    }

    /// <summary>Puts back posts saved with the sandbox's state.</summary>
    public void Restore(IEnumerable<TeamsPost> saved)
    {
        lock (gate)
        {
            posts.Clear();
            posts.AddRange(saved);
        }
    }
}
