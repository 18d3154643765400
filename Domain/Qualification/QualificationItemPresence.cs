using System;
using Dataverse.LeadHandover.Domain.Intake;

namespace Dataverse.LeadHandover.Domain.Qualification;

/// <summary>
/// Decides, item by item, whether a lead has captured the fact. Text counts only when it has a
/// non-whitespace character, so un-normalised input is judged the same as normalised input.
/// </summary>
public static class QualificationItemPresence
{
    /// <summary>All twelve items present, as a bit mask (bit n = item n).</summary>
    public const int AllItemsMask = (1 << QualificationItemVocabulary.Count) - 1;

    public static bool IsPresent(QualificationItem item, LeadFacts lead)
    {
        if (lead is null)
        {
            throw new ArgumentNullException(nameof(lead));
        }

        return item switch
        {
            // A rep needs both names to address the prospect properly.
            QualificationItem.ContactName => LeadText.HasText(lead.FirstName) && LeadText.HasText(lead.LastName),
            QualificationItem.ContactEmailOrPhone => LeadText.HasText(lead.Email) || LeadText.HasText(lead.BusinessPhone) || LeadText.HasText(lead.MobilePhone),
            QualificationItem.ContactJobTitle => LeadText.HasText(lead.JobTitle),
            QualificationItem.CompanyName => LeadText.HasText(lead.CompanyName),
            QualificationItem.CompanyIndustry => lead.IndustryCode.HasValue,
            QualificationItem.CompanySize => lead.NumberOfEmployees.HasValue,
            QualificationItem.Need => lead.Need.HasValue || LeadText.HasText(lead.NeedSummary),

            // "Unknown" is an option of the choice, but it tells the rep nothing to plan a call around.
            QualificationItem.Timeframe => lead.PurchaseTimeframe.HasValue && lead.PurchaseTimeframe != LeadChoiceLabels.PurchaseTimeframeUnknown,
            QualificationItem.Budget => lead.BudgetAmount.HasValue || lead.BudgetStatus.HasValue,
            // Dataverse defaults decisionmaker to No, so "No" can't be told from "never asked": authority is
            // captured when the contact is the decision maker or the purchase process (who decides) is known.
            QualificationItem.Authority => lead.DecisionMaker == true || lead.PurchaseProcess is 0 or 1,
            QualificationItem.NextSteps => LeadText.HasText(lead.AgreedNextSteps),
            QualificationItem.EngagedContent => LeadText.HasText(lead.EngagedContent),
            _ => throw new ArgumentOutOfRangeException(nameof(item), item, "Not a qualification item."),
        };
    }

    /// <summary>Every present item as a bit mask (bit n = item n), computed in one pass.</summary>
    public static int PresentMask(LeadFacts lead)
    {
        var mask = 0;
        for (var i = 0; i < QualificationItemVocabulary.Count; i++)
        {
            if (IsPresent((QualificationItem)i, lead))
            {
                mask |= 1 << i;
            }
        }

        return mask;
    }
}
