using System;
using Dataverse.LeadHandover.Domain.Routing;

namespace Dataverse.LeadHandover.Domain.Tests.Routing;

/// <summary>Builds a Web/Hot lead with no segment, territory, industry or products unless told.</summary>
internal sealed class LeadRoutingProfileBuilder
{
    private Guid sourceId = RoutingIds.WebSource;
    private string sourceName = "Web";
    private string tier = "Hot";
    private string? segment;
    private string? territory;
    private string? industry;
    private string[] products = Array.Empty<string>();

    public static LeadRoutingProfileBuilder Lead() => new();

    public LeadRoutingProfileBuilder From(Guid id, string name)
    {
        sourceId = id;
        sourceName = name;
        return this;
    }

    public LeadRoutingProfileBuilder InTier(string name)
    {
        tier = name;
        return this;
    }

    public LeadRoutingProfileBuilder InSegment(string name)
    {
        segment = name;
        return this;
    }

    public LeadRoutingProfileBuilder InTerritory(string name)
    {
        territory = name;
        return this;
    }

    public LeadRoutingProfileBuilder InIndustry(string name)
    {
        industry = name;
        return this;
    }

    public LeadRoutingProfileBuilder InterestedIn(params string[] productNames)
    {
        products = productNames;
        return this;
    }

    public LeadRoutingProfile Build() => new(RoutingIds.Lead, sourceId, sourceName, tier)
    {
        CompanySizeBand = segment,
        Territory = territory,
        Industry = industry,
        ProductInterests = products,
    };
}
