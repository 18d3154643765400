using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Dataverse.LeadHandover.Functions.Notifications.Cards;

/// <summary>
/// Turns the lead's handover brief (one "Heading: value" line per fact, as <c>HandoverBriefComposer</c> writes it)
/// into the card's facts, in the order a rep reads a handover: where it came from, who, then need, timescale,
/// budget and authority, then what to do next. Ledger values fill in a source or tier the brief lacks.
/// </summary>
public static class BriefFacts
{
    public const string Source = "Source";
    public const string Tier = "Tier";
    public const string Completeness = "Completeness";

    private static readonly string[] ReadingOrder =
    [
        Source, Tier, "Contact", "Company", "Need", "Timescale", "Budget", "Authority", "Next steps", "Content that resonated",
    ];

    public static IReadOnlyList<BriefFact> From(string? brief, string? ledgerSource, string? ledgerTier, int? completeness)
    {
        var facts = Parse(brief);
        AddIfMissing(facts, Source, ledgerSource);
        AddIfMissing(facts, Tier, ledgerTier);
        var ordered = facts
            .Select((fact, index) => (fact, index))
            .OrderBy(item => Rank(item.fact.Title))
            .ThenBy(item => item.index)
            .Select(item => item.fact)
            .ToList();
        ordered.Add(new BriefFact(
            Completeness,
            completeness.HasValue ? completeness.Value.ToString(CultureInfo.InvariantCulture) + " %" : "not measured"));
        return ordered;
    }

    private static List<BriefFact> Parse(string? brief)
    {
        var facts = new List<BriefFact>();
        if (string.IsNullOrWhiteSpace(brief))
        {
            return facts;
        }

        foreach (var line in brief.Split('\n'))
        {
            var text = line.Trim();
            if (text.Length == 0)
            {
                continue;
            }

            var colon = text.IndexOf(": ", StringComparison.Ordinal);
            if (colon > 0)
            {
                facts.Add(new BriefFact(text[..colon], text[(colon + 2)..]));
            }
            else if (facts.Count > 0)
            {
                // A line without a heading continues the previous fact (briefs edited by hand).
                var previous = facts[^1];
                facts[^1] = previous with { Value = previous.Value + " " + text };
            }
            else
            {
                facts.Add(new BriefFact("Brief", text));
            }
        }

        return facts;
    }

    private static void AddIfMissing(List<BriefFact> facts, string title, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value) && !facts.Any(fact => string.Equals(fact.Title, title, StringComparison.Ordinal)))
        {
            facts.Add(new BriefFact(title, value));
        }
    }

    private static int Rank(string title)
    {
        var index = Array.IndexOf(ReadingOrder, title);
        return index < 0 ? ReadingOrder.Length : index;
    }
}
