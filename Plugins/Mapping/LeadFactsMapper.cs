using System;
using System.Collections.Generic;
using Dataverse.LeadHandover.Domain.Intake;
using Dataverse.LeadHandover.Domain.Schema;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.Plugins.Mapping;

/// <summary>Reads the lead columns the rules look at from a Target or an image; the only place that knows both shapes.</summary>
public static class LeadFactsMapper
{
    /// <summary>
    /// Every lead column the rules read. The Update steps' filtering attributes and pre-images are these
    /// (plus the flags), and a test holds Solution/ to that, so a new rule can't silently miss updates.
    /// </summary>
    public static readonly IReadOnlyList<string> Columns =
        new List<string>(LeadSchema.QualificationColumns) { LeadSchema.LeadSourceId, LeadSchema.SalesReady }.AsReadOnly();

    /// <summary>Facts from one row (a Target or an image) alone.</summary>
    public static LeadFacts FromRow(Entity row) => Overlay(new LeadFacts(), row);

    /// <summary>The row as it will be saved: <paramref name="baseline"/> with every column in <paramref name="changes"/> applied (a null clears).</summary>
    public static LeadFacts Overlay(LeadFacts baseline, Entity changes)
    {
        if (baseline is null)
        {
            throw new ArgumentNullException(nameof(baseline));
        }

        if (changes is null)
        {
            throw new ArgumentNullException(nameof(changes));
        }

        var a = changes.Attributes;
        return baseline with
        {
            FirstName = a.Contains(LeadSchema.FirstName) ? changes.GetAttributeValue<string>(LeadSchema.FirstName) : baseline.FirstName,
            LastName = a.Contains(LeadSchema.LastName) ? changes.GetAttributeValue<string>(LeadSchema.LastName) : baseline.LastName,
            Email = a.Contains(LeadSchema.EmailAddress1) ? changes.GetAttributeValue<string>(LeadSchema.EmailAddress1) : baseline.Email,
            BusinessPhone = a.Contains(LeadSchema.Telephone1) ? changes.GetAttributeValue<string>(LeadSchema.Telephone1) : baseline.BusinessPhone,
            MobilePhone = a.Contains(LeadSchema.MobilePhone) ? changes.GetAttributeValue<string>(LeadSchema.MobilePhone) : baseline.MobilePhone,
            JobTitle = a.Contains(LeadSchema.JobTitle) ? changes.GetAttributeValue<string>(LeadSchema.JobTitle) : baseline.JobTitle,
            CompanyName = a.Contains(LeadSchema.CompanyName) ? changes.GetAttributeValue<string>(LeadSchema.CompanyName) : baseline.CompanyName,
            IndustryCode = a.Contains(LeadSchema.IndustryCode) ? Choice(changes, LeadSchema.IndustryCode) : baseline.IndustryCode,
            NumberOfEmployees = a.Contains(LeadSchema.NumberOfEmployees) ? changes.GetAttributeValue<int?>(LeadSchema.NumberOfEmployees) : baseline.NumberOfEmployees,
            Need = a.Contains(LeadSchema.Need) ? Choice(changes, LeadSchema.Need) : baseline.Need,
            NeedSummary = a.Contains(LeadSchema.NeedSummary) ? changes.GetAttributeValue<string>(LeadSchema.NeedSummary) : baseline.NeedSummary,
            PurchaseTimeframe = a.Contains(LeadSchema.PurchaseTimeFrame) ? Choice(changes, LeadSchema.PurchaseTimeFrame) : baseline.PurchaseTimeframe,
            BudgetAmount = a.Contains(LeadSchema.BudgetAmount) ? changes.GetAttributeValue<Money>(LeadSchema.BudgetAmount)?.Value : baseline.BudgetAmount,
            BudgetStatus = a.Contains(LeadSchema.BudgetStatus) ? Choice(changes, LeadSchema.BudgetStatus) : baseline.BudgetStatus,
            DecisionMaker = a.Contains(LeadSchema.DecisionMaker) ? changes.GetAttributeValue<bool?>(LeadSchema.DecisionMaker) : baseline.DecisionMaker,
            PurchaseProcess = a.Contains(LeadSchema.PurchaseProcess) ? Choice(changes, LeadSchema.PurchaseProcess) : baseline.PurchaseProcess,
            AgreedNextSteps = a.Contains(LeadSchema.NextSteps) ? changes.GetAttributeValue<string>(LeadSchema.NextSteps) : baseline.AgreedNextSteps,
            EngagedContent = a.Contains(LeadSchema.EngagedContent) ? changes.GetAttributeValue<string>(LeadSchema.EngagedContent) : baseline.EngagedContent,
            OriginatingCampaignId = a.Contains(LeadSchema.CampaignId) ? changes.GetAttributeValue<EntityReference>(LeadSchema.CampaignId)?.Id : baseline.OriginatingCampaignId,
            OriginatingCampaignName = a.Contains(LeadSchema.CampaignId) ? changes.GetAttributeValue<EntityReference>(LeadSchema.CampaignId)?.Name : baseline.OriginatingCampaignName,
            UtmSource = a.Contains(LeadSchema.UtmSource) ? changes.GetAttributeValue<string>(LeadSchema.UtmSource) : baseline.UtmSource,
            UtmMedium = a.Contains(LeadSchema.UtmMedium) ? changes.GetAttributeValue<string>(LeadSchema.UtmMedium) : baseline.UtmMedium,
            UtmCampaign = a.Contains(LeadSchema.UtmCampaign) ? changes.GetAttributeValue<string>(LeadSchema.UtmCampaign) : baseline.UtmCampaign,
            LeadSourceCode = a.Contains(LeadSchema.LeadSourceCode) ? Choice(changes, LeadSchema.LeadSourceCode) : baseline.LeadSourceCode,
            LeadQualityCode = a.Contains(LeadSchema.LeadQualityCode) ? Choice(changes, LeadSchema.LeadQualityCode) : baseline.LeadQualityCode,
            LeadSourceId = a.Contains(LeadSchema.LeadSourceId) ? changes.GetAttributeValue<EntityReference>(LeadSchema.LeadSourceId)?.Id : baseline.LeadSourceId,
            IsSalesReady = a.Contains(LeadSchema.SalesReady) ? changes.GetAttributeValue<bool>(LeadSchema.SalesReady) : baseline.IsSalesReady,
        };
    }

    /// <summary>The logical name that holds a normalised text field, so stamps go back to the right column.</summary>
    public static string ColumnFor(LeadTextField field) => field switch
    {
        LeadTextField.FirstName => LeadSchema.FirstName,
        LeadTextField.LastName => LeadSchema.LastName,
        LeadTextField.Email => LeadSchema.EmailAddress1,
        LeadTextField.BusinessPhone => LeadSchema.Telephone1,
        LeadTextField.MobilePhone => LeadSchema.MobilePhone,
        LeadTextField.JobTitle => LeadSchema.JobTitle,
        LeadTextField.CompanyName => LeadSchema.CompanyName,
        LeadTextField.NeedSummary => LeadSchema.NeedSummary,
        LeadTextField.AgreedNextSteps => LeadSchema.NextSteps,
        LeadTextField.EngagedContent => LeadSchema.EngagedContent,
        LeadTextField.UtmSource => LeadSchema.UtmSource,
        LeadTextField.UtmMedium => LeadSchema.UtmMedium,
        LeadTextField.UtmCampaign => LeadSchema.UtmCampaign,
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "No lead column is mapped to this field."),
    };

    private static int? Choice(Entity row, string column) => row.GetAttributeValue<OptionSetValue>(column)?.Value;
}
