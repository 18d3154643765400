using System;
using System.Linq;
using System.Text;

namespace Dataverse.LeadHandover.Functions.Notifications.Cards;

/// <summary>
/// Builds the Workflows message for a handover card and keeps it under Teams' 28 KB message limit, with room to
/// spare for what the flow adds. When it would not fit, the longest texts (in practice the brief) are shortened,
/// each marked so the rep knows to open the lead for the rest.
/// </summary>
public static class HandoverCardPayload
{
    /// <summary>Teams refuses a message over 28 KB.</summary>
    public const int TeamsMessageLimitBytes = 28 * 1024;

    /// <summary>Our own ceiling, leaving the flow headroom.</summary>
    public const int BudgetBytes = 24 * 1024;

    public const string ShortenedMarker = " … [shortened: open the lead for the rest]";

    private const int MinimumCut = 64;

    public static string Compose(HandoverCardContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var current = content;
        for (var round = 0; round < 200; round++)
        {
            var json = TeamsWorkflowMessage.Serialize(TeamsWorkflowMessage.Wrap(HandoverCard.Compose(current)));
            var excess = Encoding.UTF8.GetByteCount(json) - BudgetBytes;
            if (excess <= 0)
            {
                return json;
            }

            current = ShortenLongestText(current, excess);
        }

        throw new InvalidOperationException("The handover card cannot be shortened to fit the Teams message limit.");
    }

    private static HandoverCardContent ShortenLongestText(HandoverCardContent content, int excessBytes)
    {
        var longestFact = content.Facts.OrderByDescending(fact => fact.Value.Length).FirstOrDefault();
        var reasonLength = content.AssignmentReason?.Length ?? 0;
        if (longestFact is not null && longestFact.Value.Length >= reasonLength)
        {
            var facts = content.Facts
                .Select(fact => ReferenceEquals(fact, longestFact) ? fact with { Value = Shorten(fact.Value, excessBytes) } : fact)
                .ToList();
            return content with { Facts = facts };
        }

        if (content.AssignmentReason is not null && reasonLength > ShortenedMarker.Length)
        {
            return content with { AssignmentReason = Shorten(content.AssignmentReason, excessBytes) };
        }

        // Names and links are all that is left; they are short by construction, so this means a bug upstream.
        throw new InvalidOperationException("The handover card is over the Teams limit without any long text to shorten.");
    }

    private static string Shorten(string text, int excessBytes)
    {
        var kept = text.EndsWith(ShortenedMarker, StringComparison.Ordinal) ? text[..^ShortenedMarker.Length] : text;

        // Every character removed saves at least one byte of JSON; the marker is paid for by the minimum cut.
        var length = Math.Max(0, kept.Length - Math.Max(excessBytes + ShortenedMarker.Length, MinimumCut));
        if (length > 0 && char.IsHighSurrogate(kept[length - 1]))
        {
            length--;
        }

        return kept[..length].TrimEnd() + ShortenedMarker;
    }
}
