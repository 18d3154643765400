using System;
using Dataverse.LeadHandover.Domain.Intake;

namespace Dataverse.LeadHandover.Plugins.Mapping;

/// <summary>Reads and replaces the text field of <see cref="LeadFacts"/> that a <see cref="LeadTextField"/> names.</summary>
public static class LeadTextFieldValues
{
    public static string? Of(LeadFacts facts, LeadTextField field)
    {
        if (facts is null)
        {
            throw new ArgumentNullException(nameof(facts));
        }

        return field switch
        {
            LeadTextField.FirstName => facts.FirstName,
            LeadTextField.LastName => facts.LastName,
            LeadTextField.Email => facts.Email,
            LeadTextField.BusinessPhone => facts.BusinessPhone,
            LeadTextField.MobilePhone => facts.MobilePhone,
            LeadTextField.JobTitle => facts.JobTitle,
            LeadTextField.CompanyName => facts.CompanyName,
            LeadTextField.NeedSummary => facts.NeedSummary,
            LeadTextField.AgreedNextSteps => facts.AgreedNextSteps,
            LeadTextField.EngagedContent => facts.EngagedContent,
            LeadTextField.UtmSource => facts.UtmSource,
            LeadTextField.UtmMedium => facts.UtmMedium,
            LeadTextField.UtmCampaign => facts.UtmCampaign,
            _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Not a lead text field."),
        };
    }

    public static LeadFacts With(LeadFacts facts, LeadTextField field, string? value)
    {
        if (facts is null)
        {
            throw new ArgumentNullException(nameof(facts));
        }

        return field switch
        {
            LeadTextField.FirstName => facts with { FirstName = value },
            LeadTextField.LastName => facts with { LastName = value },
            LeadTextField.Email => facts with { Email = value },
            LeadTextField.BusinessPhone => facts with { BusinessPhone = value },
            LeadTextField.MobilePhone => facts with { MobilePhone = value },
            LeadTextField.JobTitle => facts with { JobTitle = value },
            LeadTextField.CompanyName => facts with { CompanyName = value },
            LeadTextField.NeedSummary => facts with { NeedSummary = value },
            LeadTextField.AgreedNextSteps => facts with { AgreedNextSteps = value },
            LeadTextField.EngagedContent => facts with { EngagedContent = value },
            LeadTextField.UtmSource => facts with { UtmSource = value },
            LeadTextField.UtmMedium => facts with { UtmMedium = value },
            LeadTextField.UtmCampaign => facts with { UtmCampaign = value },
            _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Not a lead text field."),
        };
    }
}
