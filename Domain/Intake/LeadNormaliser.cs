using System;

namespace Dataverse.LeadHandover.Domain.Intake;

/// <summary>
/// Tidies the free text a lead arrives with (forms, imports, integrations) so that rules and
/// duplicate detection see "Contoso  Ltd " and "Contoso Ltd" as the same thing.
/// Single-line fields are trimmed and their whitespace runs collapsed; multi-line fields
/// (need summary, next steps, engaged content) keep their line breaks and are only trimmed;
/// e-mail is lower-cased; blank text becomes null.
/// </summary>
public static class LeadNormaliser
{
    private static readonly LeadTextField[] AllFields = (LeadTextField[])Enum.GetValues(typeof(LeadTextField));

    public static LeadNormalisation Normalise(LeadFacts lead)
    {
        if (lead is null)
        {
            throw new ArgumentNullException(nameof(lead));
        }

        var changed = 0;
        var firstName = Track(lead.FirstName, LeadText.SingleLine(lead.FirstName), LeadTextField.FirstName, ref changed);
        var lastName = Track(lead.LastName, LeadText.SingleLine(lead.LastName), LeadTextField.LastName, ref changed);
        var email = Track(lead.Email, LeadText.Email(lead.Email), LeadTextField.Email, ref changed);
        var businessPhone = Track(lead.BusinessPhone, LeadText.SingleLine(lead.BusinessPhone), LeadTextField.BusinessPhone, ref changed);
        var mobilePhone = Track(lead.MobilePhone, LeadText.SingleLine(lead.MobilePhone), LeadTextField.MobilePhone, ref changed);
        var jobTitle = Track(lead.JobTitle, LeadText.SingleLine(lead.JobTitle), LeadTextField.JobTitle, ref changed);
        var companyName = Track(lead.CompanyName, LeadText.SingleLine(lead.CompanyName), LeadTextField.CompanyName, ref changed);
        var needSummary = Track(lead.NeedSummary, LeadText.MultiLine(lead.NeedSummary), LeadTextField.NeedSummary, ref changed);
        var nextSteps = Track(lead.AgreedNextSteps, LeadText.MultiLine(lead.AgreedNextSteps), LeadTextField.AgreedNextSteps, ref changed);
        var engagedContent = Track(lead.EngagedContent, LeadText.MultiLine(lead.EngagedContent), LeadTextField.EngagedContent, ref changed);
        var utmSource = Track(lead.UtmSource, LeadText.SingleLine(lead.UtmSource), LeadTextField.UtmSource, ref changed);
        var utmMedium = Track(lead.UtmMedium, LeadText.SingleLine(lead.UtmMedium), LeadTextField.UtmMedium, ref changed);
        var utmCampaign = Track(lead.UtmCampaign, LeadText.SingleLine(lead.UtmCampaign), LeadTextField.UtmCampaign, ref changed);

        if (changed == 0)
        {
            return new LeadNormalisation(lead, Array.Empty<LeadTextField>());
        }

        var normalised = lead with
        {
            FirstName = firstName,
            LastName = lastName,
            Email = email,
            BusinessPhone = businessPhone,
            MobilePhone = mobilePhone,
            JobTitle = jobTitle,
            CompanyName = companyName,
            NeedSummary = needSummary,
            AgreedNextSteps = nextSteps,
            EngagedContent = engagedContent,
            UtmSource = utmSource,
            UtmMedium = utmMedium,
            UtmCampaign = utmCampaign,
        };

        return new LeadNormalisation(normalised, ChangedFields(changed));
    }

    private static string? Track(string? before, string? after, LeadTextField field, ref int changed)
    {
        // LeadText returns the same instance when it leaves a value alone, so reference inequality means "rewritten".
        if (!ReferenceEquals(before, after))
        {
            changed |= 1 << (int)field;
        }

        return after;
    }

    private static LeadTextField[] ChangedFields(int changed)
    {
        var count = 0;
        for (var bits = changed; bits != 0; bits &= bits - 1)
        {
            count++;
        }

        var fields = new LeadTextField[count];
        var next = 0;
        foreach (var field in AllFields)
        {
            if ((changed & (1 << (int)field)) != 0)
            {
                fields[next++] = field;
            }
        }

        return fields;
    }
}
