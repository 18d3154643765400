using System;
using Dataverse.LeadHandover.Domain.Qualification;
using Dataverse.LeadHandover.Domain.Schema;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.Tests.Builders;

/// <summary>
/// Leads as marketing sends them. <see cref="QualifiedHot"/> carries every item the default policy's
/// Hot tier requires; tests remove what they want missing, so a new rule means editing one builder.
/// </summary>
internal sealed class LeadBuilder
{
    private readonly Entity _lead = new(LeadSchema.EntityName);

    public static LeadBuilder QualifiedHot(Guid sourceId) => new LeadBuilder()
        .With(LeadSchema.FirstName, "Ana")
        .With(LeadSchema.LastName, "Silva")
        .With(LeadSchema.EmailAddress1, "ana.silva@contoso.example")
        .With(LeadSchema.Telephone1, "+44 20 7946 0000")
        .With(LeadSchema.JobTitle, "Head of Operations")
        .With(LeadSchema.CompanyName, "Contoso Manufacturing")
        .With(LeadSchema.IndustryCode, new OptionSetValue(19))
        .With(LeadSchema.NumberOfEmployees, 850)
        .With(LeadSchema.Need, new OptionSetValue(0))
        .With(LeadSchema.NeedSummary, "Replace spreadsheets for shop-floor scheduling")
        .With(LeadSchema.PurchaseTimeFrame, new OptionSetValue(1))
        .With(LeadSchema.BudgetAmount, new Money(120000m))
        .With(LeadSchema.BudgetStatus, new OptionSetValue(2))
        .With(LeadSchema.DecisionMaker, true)
        .With(LeadSchema.NextSteps, "Demo with the COO on Thursday")
        .With(LeadSchema.EngagedContent, "Whitepaper: scheduling without spreadsheets")
        .With(LeadSchema.LeadQualityCode, new OptionSetValue(1))
        .WithSource(sourceId)
        .SalesReady();

    /// <summary>A lead still being nurtured: a name and a company, nothing else.</summary>
    public static LeadBuilder Nurturing(Guid sourceId) => new LeadBuilder()
        .With(LeadSchema.FirstName, "Ben")
        .With(LeadSchema.LastName, "Okafor")
        .With(LeadSchema.CompanyName, "Fabrikam")
        .WithSource(sourceId);

    public LeadBuilder With(string column, object? value)
    {
        _lead[column] = value;
        return this;
    }

    public LeadBuilder WithSource(Guid sourceId) => With(LeadSchema.LeadSourceId, new EntityReference(LeadSourceSchema.EntityName, sourceId));

    public LeadBuilder WithoutSource()
    {
        _lead.Attributes.Remove(LeadSchema.LeadSourceId);
        return this;
    }

    /// <summary>The lead's country/region (address 1), which routing treats as its territory.</summary>
    public LeadBuilder InCountry(string country) => With(LeadSchema.Address1Country, country);

    /// <summary>Products the prospect is interested in, comma-separated as marketing types them.</summary>
    public LeadBuilder InterestedIn(string products) => With(LeadSchema.ProductInterest, products);

    public LeadBuilder SalesReady(bool ready = true) => With(LeadSchema.SalesReady, ready);

    public LeadBuilder Rated(int leadQualityCode) => With(LeadSchema.LeadQualityCode, new OptionSetValue(leadQualityCode));

    /// <summary>Removes every column that makes <paramref name="item"/> present.</summary>
    public LeadBuilder Without(QualificationItem item)
    {
        foreach (var column in ColumnsOf(item))
        {
            _lead.Attributes.Remove(column);
        }

        return this;
    }

    public Entity Build()
    {
        var copy = new Entity(_lead.LogicalName);
        foreach (var attribute in _lead.Attributes)
        {
            copy[attribute.Key] = attribute.Value;
        }

        return copy;
    }

    private static string[] ColumnsOf(QualificationItem item) => item switch
    {
        QualificationItem.ContactName => [LeadSchema.FirstName, LeadSchema.LastName],
        QualificationItem.ContactEmailOrPhone => [LeadSchema.EmailAddress1, LeadSchema.Telephone1, LeadSchema.MobilePhone],
        QualificationItem.ContactJobTitle => [LeadSchema.JobTitle],
        QualificationItem.CompanyName => [LeadSchema.CompanyName],
        QualificationItem.CompanyIndustry => [LeadSchema.IndustryCode],
        QualificationItem.CompanySize => [LeadSchema.NumberOfEmployees],
        QualificationItem.Need => [LeadSchema.Need, LeadSchema.NeedSummary],
        QualificationItem.Timeframe => [LeadSchema.PurchaseTimeFrame],
        QualificationItem.Budget => [LeadSchema.BudgetAmount, LeadSchema.BudgetStatus],
        QualificationItem.Authority => [LeadSchema.DecisionMaker, LeadSchema.PurchaseProcess],
        QualificationItem.NextSteps => [LeadSchema.NextSteps],
        QualificationItem.EngagedContent => [LeadSchema.EngagedContent],
        _ => throw new ArgumentOutOfRangeException(nameof(item), item, "Unknown qualification item."),
    };
}
