namespace Dataverse.LeadHandover.Domain.Intake;

/// <summary>The free-text lead fields that normalisation may rewrite.</summary>
public enum LeadTextField
{
    FirstName,
    LastName,
    Email,
    BusinessPhone,
    MobilePhone,
    JobTitle,
    CompanyName,
    NeedSummary,
    AgreedNextSteps,
    EngagedContent,
    UtmSource,
    UtmMedium,
    UtmCampaign,
}
