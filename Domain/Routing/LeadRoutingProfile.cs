using System;
using System.Collections.Generic;

namespace Dataverse.LeadHandover.Domain.Routing;

/// <summary>What the router needs to know about a lead: its kind (source and tier) and what it is about.</summary>
public sealed class LeadRoutingProfile
{
    private readonly string? industry;
    private readonly string? companySizeBand;
    private readonly string? territory;
    private readonly RoutingTerm[] productTerms = Array.Empty<RoutingTerm>();
    private readonly string[] productInterests = Array.Empty<string>();
    private readonly RoutingTerm industryTerm;
    private readonly RoutingTerm segmentTerm;
    private readonly RoutingTerm territoryTerm;

    public LeadRoutingProfile(Guid leadId, Guid sourceId, string sourceName, string tier)
    {
        if (string.IsNullOrWhiteSpace(tier))
        {
            throw new ArgumentException("A lead is routed within a tier: give its name.", nameof(tier));
        }

        LeadId = leadId;
        SourceId = sourceId;
        SourceName = string.IsNullOrWhiteSpace(sourceName) ? "unnamed source" : sourceName.Trim();
        Tier = tier.Trim();
    }

    public Guid LeadId { get; }

    public Guid SourceId { get; }

    /// <summary>The source's name, for the reason ("acknowledges Web/Hot leads…").</summary>
    public string SourceName { get; }

    /// <summary>The qualification tier name, e.g. "Hot".</summary>
    public string Tier { get; }

    /// <summary>Matched against the reps' skills.</summary>
    public string? Industry
    {
        get => industry;
        init
        {
            industryTerm = RoutingTerm.From(value);
            industry = industryTerm.Text;
        }
    }

    /// <summary>The company size band ("Enterprise", "SMB"), matched against the reps' segments.</summary>
    public string? CompanySizeBand
    {
        get => companySizeBand;
        init
        {
            segmentTerm = RoutingTerm.From(value);
            companySizeBand = segmentTerm.Text;
        }
    }

    /// <summary>The region or territory, matched against the reps' territories.</summary>
    public string? Territory
    {
        get => territory;
        init
        {
            territoryTerm = RoutingTerm.From(value);
            territory = territoryTerm.Text;
        }
    }

    /// <summary>Products the prospect showed interest in, matched against the reps' skills.</summary>
    public IReadOnlyList<string> ProductInterests
    {
        get => productInterests;
        init
        {
            var terms = new List<RoutingTerm>();
            if (value is not null)
            {
                foreach (var product in value)
                {
                    var term = RoutingTerm.From(product);
                    if (!term.IsEmpty && !Contains(terms, term))
                    {
                        terms.Add(term);
                    }
                }
            }

            productTerms = terms.ToArray();
            productInterests = new string[productTerms.Length];
            for (var i = 0; i < productTerms.Length; i++)
            {
                productInterests[i] = productTerms[i].Text!;
            }
        }
    }

    internal RoutingTerm IndustryTerm => industryTerm;

    internal RoutingTerm SegmentTerm => segmentTerm;

    internal RoutingTerm TerritoryTerm => territoryTerm;

    internal RoutingTerm[] ProductTerms => productTerms;

    private static bool Contains(List<RoutingTerm> terms, RoutingTerm term)
    {
        foreach (var existing in terms)
        {
            if (existing.Is(term))
            {
                return true;
            }
        }

        return false;
    }
}
