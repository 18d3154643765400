using System;
using Dataverse.LeadHandover.Domain.Intake;
using Dataverse.LeadHandover.Domain.Qualification;

namespace Dataverse.LeadHandover.Domain.Tests.Builders;

/// <summary>Builds leads for tests, starting from one with every qualification item captured.</summary>
internal sealed class LeadFactsBuilder
{
    public static readonly Guid SpringWebinarCampaignId = new("00000000-0000-0000-0000-00000000ca01");

    private LeadFacts lead;

    private LeadFactsBuilder(LeadFacts lead)
    {
        this.lead = lead;
    }

    /// <summary>A Hot lead with all twelve items captured.</summary>
    public static LeadFactsBuilder Complete() => new(new LeadFacts
    {
        FirstName = "Avery",
        LastName = "Quinn",
        Email = "avery.quinn@contoso.example",
        BusinessPhone = "+44 20 7946 0000",
        MobilePhone = "+44 7700 900123",
        JobTitle = "Head of Procurement",
        CompanyName = "Contoso Ltd",
        IndustryCode = 7,
        NumberOfEmployees = 250,
        Need = 0,
        NeedSummary = "Replace the spreadsheet-based order process",
        PurchaseTimeframe = 1,
        BudgetAmount = 50000m,
        BudgetStatus = 2,
        DecisionMaker = true,
        PurchaseProcess = 1,
        AgreedNextSteps = "Demo with the procurement team next Tuesday",
        EngagedContent = "Whitepaper: Ordering without spreadsheets",
        LeadQualityCode = LeadChoiceLabels.LeadQualityHot,
        IsSalesReady = true,
    });

    /// <summary>A lead with nothing captured at all.</summary>
    public static LeadFactsBuilder Empty() => new(new LeadFacts());

    public LeadFactsBuilder Rated(int? leadQualityCode)
    {
        lead = lead with { LeadQualityCode = leadQualityCode };
        return this;
    }

    public LeadFactsBuilder Scored(int? score)
    {
        lead = lead with { Score = score };
        return this;
    }

    public LeadFactsBuilder With(Func<LeadFacts, LeadFacts> change)
    {
        lead = change(lead);
        return this;
    }

    /// <summary>Clears whatever makes <paramref name="item"/> present.</summary>
    public LeadFactsBuilder Without(QualificationItem item)
    {
        lead = item switch
        {
            QualificationItem.ContactName => lead with { FirstName = null, LastName = null },
            QualificationItem.ContactEmailOrPhone => lead with { Email = null, BusinessPhone = null, MobilePhone = null },
            QualificationItem.ContactJobTitle => lead with { JobTitle = null },
            QualificationItem.CompanyName => lead with { CompanyName = null },
            QualificationItem.CompanyIndustry => lead with { IndustryCode = null },
            QualificationItem.CompanySize => lead with { NumberOfEmployees = null },
            QualificationItem.Need => lead with { Need = null, NeedSummary = null },
            QualificationItem.Timeframe => lead with { PurchaseTimeframe = null },
            QualificationItem.Budget => lead with { BudgetAmount = null, BudgetStatus = null },
            QualificationItem.Authority => lead with { DecisionMaker = null, PurchaseProcess = null },
            QualificationItem.NextSteps => lead with { AgreedNextSteps = null },
            QualificationItem.EngagedContent => lead with { EngagedContent = null },
            _ => throw new ArgumentOutOfRangeException(nameof(item)),
        };
        return this;
    }

    public LeadFacts Build() => lead;
}
