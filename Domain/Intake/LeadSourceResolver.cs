using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Dataverse.LeadHandover.Domain.Intake;

/// <summary>
/// Settles where a lead came from, because attribution recorded before handover is the only way
/// marketing can later tell which activity produced a customer.
/// An explicit source must exist and be active. Without one, the source is inferred from the
/// lead's clues in a fixed order: originating campaign, then UTM source + campaign (exact pair),
/// then UTM source alone, then <c>leadsourcecode</c>. Only active entries take part. The first
/// level that matches anything decides: one match wins, several are refused as ambiguous (a guess
/// would silently misattribute the lead).
/// </summary>
public static class LeadSourceResolver
{
    public const string NothingToInferReason =
        "No lead source could be found for this lead. Choose a Lead source, or set an originating campaign / UTM code that a source in the catalogue maps.";

    private enum Level
    {
        Campaign,
        UtmPair,
        UtmSourceOnly,
        LeadSourceCode,
    }

    public static LeadSourceResolution Resolve(LeadFacts lead, IReadOnlyList<LeadSourceEntry> catalogue)
    {
        if (lead is null)
        {
            throw new ArgumentNullException(nameof(lead));
        }

        if (catalogue is null)
        {
            throw new ArgumentNullException(nameof(catalogue));
        }

        if (lead.LeadSourceId is Guid chosenId)
        {
            return ResolveExplicit(chosenId, catalogue);
        }

        var hasUtmSource = LeadText.HasText(lead.UtmSource);
        var hasUtmCampaign = LeadText.HasText(lead.UtmCampaign);
        return TryLevel(Level.Campaign, lead.OriginatingCampaignId.HasValue, lead, catalogue)
            ?? TryLevel(Level.UtmPair, hasUtmSource && hasUtmCampaign, lead, catalogue)
            ?? TryLevel(Level.UtmSourceOnly, hasUtmSource, lead, catalogue)
            ?? TryLevel(Level.LeadSourceCode, lead.LeadSourceCode.HasValue, lead, catalogue)
            ?? LeadSourceResolution.Refused(NothingToInferReason);
    }

    private static LeadSourceResolution ResolveExplicit(Guid chosenId, IReadOnlyList<LeadSourceEntry> catalogue)
    {
        for (var i = 0; i < catalogue.Count; i++)
        {
            var entry = catalogue[i];
            if (entry.Id != chosenId)
            {
                continue;
            }

            return entry.IsActive
                ? LeadSourceResolution.Accepted(entry)
                : LeadSourceResolution.Refused("The chosen Lead source '" + Quote(entry.Name) + "' is inactive. Choose an active Lead source.");
        }

        return LeadSourceResolution.Refused("The chosen Lead source is not in the lead source catalogue (it may have been deleted). Choose another Lead source.");
    }

    private static LeadSourceResolution? TryLevel(Level level, bool applies, LeadFacts lead, IReadOnlyList<LeadSourceEntry> catalogue)
    {
        if (!applies)
        {
            return null;
        }

        LeadSourceEntry? first = null;
        List<LeadSourceEntry>? all = null;
        for (var i = 0; i < catalogue.Count; i++)
        {
            var entry = catalogue[i];
            if (!entry.IsActive || !Matches(level, entry, lead))
            {
                continue;
            }

            if (first is null)
            {
                first = entry;
                continue;
            }

            // A source that lists several codes appears once per code; it is still one source, not an ambiguity.
            if (entry.Id == first.Id || (all is not null && ContainsSource(all, entry.Id)))
            {
                continue;
            }

            all ??= new List<LeadSourceEntry> { first };
            all.Add(entry);
        }

        if (first is null)
        {
            return null;
        }

        var clue = DescribeClue(level, lead);
        return all is null
            ? LeadSourceResolution.Inferred(first, clue)
            : LeadSourceResolution.Refused(AmbiguityReason(all, clue));
    }

    private static bool ContainsSource(List<LeadSourceEntry> entries, Guid id)
    {
        for (var i = 0; i < entries.Count; i++)
        {
            if (entries[i].Id == id)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Matches(Level level, LeadSourceEntry entry, LeadFacts lead) => level switch
    {
        Level.Campaign => entry.CampaignId.HasValue && entry.CampaignId == lead.OriginatingCampaignId,
        Level.UtmPair => SameCode(entry.UtmSource, lead.UtmSource) && SameCode(entry.UtmCampaign, lead.UtmCampaign),
        Level.UtmSourceOnly => SameCode(entry.UtmSource, lead.UtmSource) && !LeadText.HasText(entry.UtmCampaign),
        _ => entry.LeadSourceCode.HasValue && entry.LeadSourceCode == lead.LeadSourceCode,
    };

    private static string DescribeClue(Level level, LeadFacts lead) => level switch
    {
        Level.Campaign => "campaign '" + (LeadText.HasText(lead.OriginatingCampaignName)
            ? Quote(lead.OriginatingCampaignName)
            : lead.OriginatingCampaignId.GetValueOrDefault().ToString("D", CultureInfo.InvariantCulture)) + "'",
        Level.UtmPair => "UTM source '" + Quote(lead.UtmSource) + "'/campaign '" + Quote(lead.UtmCampaign) + "'",
        Level.UtmSourceOnly => "UTM source '" + Quote(lead.UtmSource) + "'",
        _ => "lead source code '" + (LeadChoiceLabels.LeadSource(lead.LeadSourceCode)
            ?? lead.LeadSourceCode.GetValueOrDefault().ToString(CultureInfo.InvariantCulture)) + "'",
    };

    private static string AmbiguityReason(List<LeadSourceEntry> matches, string clue)
    {
        var text = new StringBuilder("The lead source is ambiguous: sources ");
        for (var i = 0; i < matches.Count; i++)
        {
            if (i > 0)
            {
                text.Append(i == matches.Count - 1 ? " and " : ", ");
            }

            text.Append('\'').Append(Quote(matches[i].Name)).Append('\'');
        }

        text.Append(matches.Count == 2 ? " both map to " : " all map to ")
            .Append(clue)
            .Append(". Choose a Lead source.");
        return text.ToString();
    }

    /// <summary>Case-insensitive, ignoring surrounding whitespace, without allocating.</summary>
    private static bool SameCode(string? catalogueValue, string? leadValue)
    {
        if (catalogueValue is null || leadValue is null)
        {
            return false;
        }

        Bounds(catalogueValue, out var aStart, out var aLength);
        Bounds(leadValue, out var bStart, out var bLength);
        return aLength > 0 && aLength == bLength
            && string.Compare(catalogueValue, aStart, leadValue, bStart, aLength, StringComparison.OrdinalIgnoreCase) == 0;
    }

    private static void Bounds(string value, out int start, out int length)
    {
        start = 0;
        var end = value.Length;
        while (start < end && char.IsWhiteSpace(value[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(value[end - 1]))
        {
            end--;
        }

        length = end - start;
    }

    // Names and codes end up in one-paragraph messages; line breaks would split them.
    private static string Quote(string? value) => LeadText.SingleLine(value) ?? "(unnamed)";
}
