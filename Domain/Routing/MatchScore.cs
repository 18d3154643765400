using System.Collections.Generic;

namespace Dataverse.LeadHandover.Domain.Routing;

/// <summary>
/// How well a rep covers the lead: the share of the lead's known facts the rep covers — segment (company
/// size band) in their segments, territory in their territories, industry in their skills, and the share of
/// product interests in their skills. Facts the lead doesn't have don't count either way.
/// </summary>
internal static class MatchScore
{
    public static double Of(LeadRoutingProfile lead, RepCandidate rep)
    {
        var facts = 0;
        var covered = 0d;
        if (!lead.SegmentTerm.IsEmpty)
        {
            facts++;
            covered += rep.SegmentTerms.Contains(lead.SegmentTerm) ? 1 : 0;
        }

        if (!lead.TerritoryTerm.IsEmpty)
        {
            facts++;
            covered += rep.TerritoryTerms.Contains(lead.TerritoryTerm) ? 1 : 0;
        }

        if (!lead.IndustryTerm.IsEmpty)
        {
            facts++;
            covered += rep.SkillTerms.Contains(lead.IndustryTerm) ? 1 : 0;
        }

        var products = lead.ProductTerms;
        if (products.Length > 0)
        {
            facts++;
            var matched = 0;
            foreach (var product in products)
            {
                matched += rep.SkillTerms.Contains(product) ? 1 : 0;
            }

            covered += (double)matched / products.Length;
        }

        return facts == 0 ? 0 : covered / facts;
    }

    /// <summary>"matches segment Enterprise and skill Manufacturing", "matches nothing in this lead", or null when the lead has nothing to match.</summary>
    public static string? Describe(LeadRoutingProfile lead, RepCandidate rep)
    {
        var matched = new List<string>();
        var facts = 0;
        facts += Note(rep.SegmentTerms, lead.SegmentTerm, "segment ", matched);
        facts += Note(rep.TerritoryTerms, lead.TerritoryTerm, "territory ", matched);
        facts += Note(rep.SkillTerms, lead.IndustryTerm, "skill ", matched);
        foreach (var product in lead.ProductTerms)
        {
            facts += Note(rep.SkillTerms, product, "product ", matched);
        }

        if (facts == 0)
        {
            return null;
        }

        return matched.Count == 0 ? "matches nothing in this lead's profile" : "matches " + RoutingReason.List(matched);
    }

    private static int Note(TermSet covered, RoutingTerm fact, string label, List<string> matched)
    {
        if (fact.IsEmpty)
        {
            return 0;
        }

        if (covered.Contains(fact))
        {
            matched.Add(label + fact.Text);
        }

        return 1;
    }
}
