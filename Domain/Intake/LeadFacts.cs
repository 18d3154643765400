using System;
using System.Globalization;

namespace Dataverse.LeadHandover.Domain.Intake;

/// <summary>
/// Everything the intake rules look at on one lead. Every property is nullable: null means
/// "not supplied" (the column is absent from the request or empty), so the plug-in maps an
/// <c>Entity</c> with one line per column and never invents a value.
/// Choice columns carry their out-of-the-box option values (see <see cref="LeadChoiceLabels"/>).
/// </summary>
public sealed record LeadFacts
{
    public string? FirstName { get; init; }

    public string? LastName { get; init; }

    public string? Email { get; init; }

    public string? BusinessPhone { get; init; }

    public string? MobilePhone { get; init; }

    public string? JobTitle { get; init; }

    public string? CompanyName { get; init; }

    /// <summary>Lead <c>industrycode</c> choice value.</summary>
    public int? IndustryCode { get; init; }

    public int? NumberOfEmployees { get; init; }

    /// <summary>Lead <c>need</c> choice value (0 Must have … 3 No need).</summary>
    public int? Need { get; init; }

    /// <summary>Free-text summary of what the prospect needs.</summary>
    public string? NeedSummary { get; init; }

    /// <summary>Lead <c>purchasetimeframe</c> choice value (0 Immediate … 4 Unknown).</summary>
    public int? PurchaseTimeframe { get; init; }

    public decimal? BudgetAmount { get; init; }

    /// <summary>Lead <c>budgetstatus</c> choice value (0 No Committed Budget … 3 Will Buy).</summary>
    public int? BudgetStatus { get; init; }

    /// <summary>Whether the contact makes the purchase decision; null when not answered.</summary>
    public bool? DecisionMaker { get; init; }

    /// <summary>Lead <c>purchaseprocess</c> choice value (0 Individual, 1 Committee, 2 Unknown).</summary>
    public int? PurchaseProcess { get; init; }

    public string? AgreedNextSteps { get; init; }

    /// <summary>The content or campaign the prospect engaged with (what resonated).</summary>
    public string? EngagedContent { get; init; }

    /// <summary>The lead's originating campaign (lead <c>campaignid</c>).</summary>
    public Guid? OriginatingCampaignId { get; init; }

    /// <summary>The campaign's name when the caller has it (a lookup's name); used only in explanations.</summary>
    public string? OriginatingCampaignName { get; init; }

    public string? UtmSource { get; init; }

    public string? UtmMedium { get; init; }

    public string? UtmCampaign { get; init; }

    /// <summary>Lead <c>leadsourcecode</c> choice value (1 Advertisement … 10 Other).</summary>
    public int? LeadSourceCode { get; init; }

    /// <summary>Lead <c>leadqualitycode</c> choice value (1 Hot, 2 Warm, 3 Cold).</summary>
    public int? LeadQualityCode { get; init; }

    public int? Score { get; init; }

    /// <summary>The lead source chosen on the lead (a row of the lead source catalogue).</summary>
    public Guid? LeadSourceId { get; init; }

    /// <summary>The sales-ready flag as it would be after this save.</summary>
    public bool IsSalesReady { get; init; }

    // The compiler-generated record text would list names, e-mail and phone numbers; this text can
    // end up in plug-in trace logs, so it carries only what identifies the case, never the person.
    public override string ToString() =>
        "LeadFacts { Rating = " + (LeadChoiceLabels.LeadQuality(LeadQualityCode) ?? "none")
        + ", Score = " + (Score?.ToString(CultureInfo.InvariantCulture) ?? "none")
        + ", LeadSourceId = " + (LeadSourceId?.ToString("D", CultureInfo.InvariantCulture) ?? "none")
        + ", IsSalesReady = " + (IsSalesReady ? "true" : "false") + " }";
}
