using System.Collections.Generic;

namespace Dataverse.LeadHandover.Domain.Schema;

/// <summary>
/// Logical names of the lead table: the out-of-the-box columns this package reads and the <c>lh_</c> columns it adds.
/// </summary>
public static class LeadSchema
{
    public const string EntityName = "lead";

    // Out-of-the-box columns the plug-ins and Functions read. The solution does not carry them: they come with the lead table.
    /// <summary>Primary key.</summary>
    public const string LeadId = "leadid";

    /// <summary>Topic of the lead.</summary>
    public const string Subject = "subject";

    public const string FirstName = "firstname";

    public const string LastName = "lastname";

    /// <summary>Computed by the platform from first and last name; read-only.</summary>
    public const string FullName = "fullname";

    /// <summary>Primary email.</summary>
    public const string EmailAddress1 = "emailaddress1";

    /// <summary>Business phone.</summary>
    public const string Telephone1 = "telephone1";

    public const string MobilePhone = "mobilephone";

    public const string JobTitle = "jobtitle";

    public const string CompanyName = "companyname";

    /// <summary>
    /// Country/region of the lead's first address (text, up to 80 characters): the lead's territory for routing,
    /// matched against reps' territories. State or province is left out on purpose: the router matches one
    /// territory per lead, and reps list the countries they cover, so a state would stop a lead matching them.
    /// </summary>
    public const string Address1Country = "address1_country";

    /// <summary>Choice of the lead table (out-of-the-box values).</summary>
    public const string IndustryCode = "industrycode";

    public const string NumberOfEmployees = "numberofemployees";

    /// <summary>Annual revenue (money).</summary>
    public const string Revenue = "revenue";

    /// <summary>Choice: 0 Must have … 3 No need.</summary>
    public const string Need = "need";

    /// <summary>Choice: 0 Immediate … 4 Unknown.</summary>
    public const string PurchaseTimeFrame = "purchasetimeframe";

    /// <summary>Money.</summary>
    public const string BudgetAmount = "budgetamount";

    /// <summary>Choice: 0 No Committed Budget … 3 Will Buy.</summary>
    public const string BudgetStatus = "budgetstatus";

    /// <summary>Yes/no: the contact makes the purchase decision.</summary>
    public const string DecisionMaker = "decisionmaker";

    /// <summary>Choice: 0 Individual, 1 Committee, 2 Unknown.</summary>
    public const string PurchaseProcess = "purchaseprocess";

    /// <summary>Rating choice: 1 Hot, 2 Warm, 3 Cold.</summary>
    public const string LeadQualityCode = "leadqualitycode";

    /// <summary>The out-of-the-box Lead Source choice; <c>lh_leadsource.lh_leadsourcecode</c> maps a source to it.</summary>
    public const string LeadSourceCode = "leadsourcecode";

    /// <summary>Source campaign (lookup to <c>campaign</c>).</summary>
    public const string CampaignId = "campaignid";

    public const string Description = "description";

    public const string QualificationComments = "qualificationcomments";

    /// <summary>Owner (user or team).</summary>
    public const string OwnerId = "ownerid";

    /// <summary>0 Open, 1 Qualified, 2 Disqualified.</summary>
    public const string StateCode = "statecode";

    public const string StatusCode = "statuscode";

    public const string CreatedOn = "createdon";

    // Columns this solution adds to lead.
    /// <summary>The channel this lead came from. Every lead needs one; it is inferred only when that is unambiguous. Lookup to <c>lh_leadsource</c>.</summary>
    public const string LeadSourceId = "lh_leadsourceid";

    /// <summary>Yes when nobody supplied the lead source and it was inferred from the lead itself. Yes/no.</summary>
    public const string SourceInferred = "lh_sourceinferred";

    /// <summary>How the lead source was inferred (which UTM code, campaign or source code matched), so anyone can check it. Text, up to 400 characters.</summary>
    public const string SourceInference = "lh_sourceinference";

    /// <summary>The utm_source of the page that captured the lead. Text, up to 200 characters.</summary>
    public const string UtmSource = "lh_utmsource";

    /// <summary>The utm_medium of the page that captured the lead. Text, up to 200 characters.</summary>
    public const string UtmMedium = "lh_utmmedium";

    /// <summary>The utm_campaign of the page that captured the lead. Text, up to 200 characters.</summary>
    public const string UtmCampaign = "lh_utmcampaign";

    /// <summary>Set to Yes when marketing hands the lead to sales. Saving is refused while qualification the tier requires is missing. Yes/no.</summary>
    public const string SalesReady = "lh_salesready";

    /// <summary>The tier the lead is handed over in; it decides the required qualification and the acknowledgement SLA. Choice <c>lh_leadtier</c>; values in <c>LeadTier</c>.</summary>
    public const string Tier = "lh_tier";

    /// <summary>The products the prospect is interested in, comma-separated; routing prefers reps with them as skills. Text, up to 400 characters.</summary>
    public const string ProductInterest = "lh_productinterest";

    /// <summary>The prospect's need, in words a sales rep can act on. Multiline text, up to 2000 characters.</summary>
    public const string NeedSummary = "lh_needsummary";

    /// <summary>What marketing and the prospect agreed should happen next. Multiline text, up to 2000 characters.</summary>
    public const string NextSteps = "lh_nextsteps";

    /// <summary>The content the prospect engaged with (pages, downloads, events), to open the first conversation. Multiline text, up to 2000 characters.</summary>
    public const string EngagedContent = "lh_engagedcontent";

    /// <summary>The brief the assigned rep reads first. Written automatically when the lead becomes sales ready. Multiline text, up to 4000 characters.</summary>
    public const string HandoverBrief = "lh_handoverbrief";

    /// <summary>Share of the qualification items of the lead's tier that are filled in. Whole number, 0 to 100.</summary>
    public const string Completeness = "lh_completeness";

    /// <summary>The qualification items the lead's tier still needs. Empty when the lead is complete. Multiline text, up to 2000 characters.</summary>
    public const string MissingQualification = "lh_missingqualification";

    /// <summary>The handover (assignment to a rep) that is currently open for this lead. Lookup to <c>lh_handover</c>.</summary>
    public const string CurrentHandoverId = "lh_currenthandoverid";

    /// <summary>How many times the assigned rep has tried to reach the prospect. Whole number, at least 0.</summary>
    public const string FollowUpAttempts = "lh_followupattempts";

    /// <summary>When the assigned rep last tried to reach the prospect. Date and time (stored in UTC).</summary>
    public const string LastAttemptOn = "lh_lastattempton";

    /// <summary>Why this lead was handed over without complete qualification. Only a permitted user can bypass. Multiline text, up to 2000 characters.</summary>
    public const string QualificationBypassReason = "lh_qualificationbypassreason";

    /// <summary>Who handed the lead over without complete qualification. Lookup to <c>systemuser</c>.</summary>
    public const string QualificationBypassedBy = "lh_qualificationbypassedby";

    /// <summary>When the lead was handed over without complete qualification. Date and time (stored in UTC).</summary>
    public const string QualificationBypassedOn = "lh_qualificationbypassedon";

    /// <summary>Why a sales-ready lead was disqualified before its contact attempts were complete. Multiline text, up to 2000 characters.</summary>
    public const string DisqualifyOverrideReason = "lh_disqualifyoverridereason";

    /// <summary>
    /// Every column a qualification item can be read from. The sales-ready Update steps filter on these
    /// (plus <see cref="SalesReady"/>, <see cref="LeadSourceId"/> and <see cref="QualificationBypassReason"/>)
    /// and their <c>PreImage</c> carries them, so a plug-in never has to retrieve the lead.
    /// </summary>
    public static readonly IReadOnlyList<string> QualificationColumns = new[]
    {
        FirstName,
        LastName,
        EmailAddress1,
        Telephone1,
        MobilePhone,
        JobTitle,
        CompanyName,
        IndustryCode,
        NumberOfEmployees,
        Need,
        NeedSummary,
        PurchaseTimeFrame,
        BudgetAmount,
        BudgetStatus,
        DecisionMaker,
        PurchaseProcess,
        NextSteps,
        EngagedContent,
        CampaignId,
        UtmSource,
        UtmMedium,
        UtmCampaign,
        LeadSourceCode,
        LeadQualityCode,
    };
}
