namespace Dataverse.LeadHandover.Domain.Intake;

/// <summary>
/// English labels of the out-of-the-box lead choice columns, by option value, as listed in the
/// Lead table/entity reference: https://learn.microsoft.com/dynamics365/sales/developer/entities/lead
/// A value with no label here (an organisation's own option) returns null, so callers can say so
/// instead of showing a wrong label.
/// </summary>
public static class LeadChoiceLabels
{
    public const int LeadQualityHot = 1;
    public const int LeadQualityWarm = 2;
    public const int LeadQualityCold = 3;

    /// <summary>The <c>purchasetimeframe</c> option that records that nobody knows the timeframe.</summary>
    public const int PurchaseTimeframeUnknown = 4;

    private static readonly string[] NeedLabels = { "Must have", "Should have", "Good to have", "No need" };

    private static readonly string[] PurchaseTimeframeLabels = { "Immediate", "This Quarter", "Next Quarter", "This Year", "Unknown" };

    private static readonly string[] BudgetStatusLabels = { "No Committed Budget", "May Buy", "Can Buy", "Will Buy" };

    private static readonly string[] PurchaseProcessLabels = { "Individual", "Committee", "Unknown" };

    // Index 0 is unused: these two choices start at 1.
    private static readonly string?[] LeadQualityLabels = { null, "Hot", "Warm", "Cold" };

    private static readonly string?[] LeadSourceLabels =
    {
        null, "Advertisement", "Employee Referral", "External Referral", "Partner", "Public Relations",
        "Seminar", "Trade Show", "Web", "Word of Mouth", "Other",
    };

    private static readonly string?[] IndustryLabels =
    {
        null,
        "Accounting",
        "Agriculture and Non-petrol Natural Resource Extraction",
        "Broadcasting Printing and Publishing",
        "Brokers",
        "Building Supply Retail",
        "Business Services",
        "Consulting",
        "Consumer Services",
        "Design, Direction and Creative Management",
        "Distributors, Dispatchers and Processors",
        "Doctor's Offices and Clinics",
        "Durable Manufacturing",
        "Eating and Drinking Places",
        "Entertainment Retail",
        "Equipment Rental and Leasing",
        "Financial",
        "Food and Tobacco Processing",
        "Inbound Capital Intensive Processing",
        "Inbound Repair and Services",
        "Insurance",
        "Legal Services",
        "Non-Durable Merchandise Retail",
        "Outbound Consumer Service",
        "Petrochemical Extraction and Distribution",
        "Service Retail",
        "SIG Affiliations",
        "Social Services",
        "Special Outbound Trade Contractors",
        "Specialty Realty",
        "Transportation",
        "Utility Creation and Distribution",
        "Vehicle Retail",
        "Wholesale",
    };

    /// <summary><c>need</c>: 0 Must have, 1 Should have, 2 Good to have, 3 No need.</summary>
    public static string? Need(int? value) => Lookup(NeedLabels, value);

    /// <summary><c>purchasetimeframe</c>: 0 Immediate, 1 This Quarter, 2 Next Quarter, 3 This Year, 4 Unknown.</summary>
    public static string? PurchaseTimeframe(int? value) => Lookup(PurchaseTimeframeLabels, value);

    /// <summary><c>budgetstatus</c>: 0 No Committed Budget, 1 May Buy, 2 Can Buy, 3 Will Buy.</summary>
    public static string? BudgetStatus(int? value) => Lookup(BudgetStatusLabels, value);

    /// <summary><c>purchaseprocess</c>: 0 Individual, 1 Committee, 2 Unknown.</summary>
    public static string? PurchaseProcess(int? value) => Lookup(PurchaseProcessLabels, value);

    /// <summary><c>leadqualitycode</c> (Rating): 1 Hot, 2 Warm, 3 Cold.</summary>
    public static string? LeadQuality(int? value) => Lookup(LeadQualityLabels, value);

    /// <summary><c>leadsourcecode</c>: 1 Advertisement … 8 Web, 9 Word of Mouth, 10 Other.</summary>
    public static string? LeadSource(int? value) => Lookup(LeadSourceLabels, value);

    /// <summary><c>industrycode</c>: 1 Accounting … 33 Wholesale.</summary>
    public static string? Industry(int? value) => Lookup(IndustryLabels, value);

    private static string? Lookup(string?[] labels, int? value) =>
        value is int v && v >= 0 && v < labels.Length ? labels[v] : null;
}
