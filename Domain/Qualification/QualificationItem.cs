namespace Dataverse.LeadHandover.Domain.Qualification;

/// <summary>
/// The fixed vocabulary of facts a qualification tier can require before a lead is handed to
/// sales (contact profile, company profile, need, timescale, budget, authority, next steps and the
/// content that resonated). The order is the order in which missing items are listed.
/// </summary>
public enum QualificationItem
{
    ContactName,
    ContactEmailOrPhone,
    ContactJobTitle,
    CompanyName,
    CompanyIndustry,
    CompanySize,
    Need,
    Timeframe,
    Budget,
    Authority,
    NextSteps,
    EngagedContent,
}
