using System;
using System.Globalization;
using Dataverse.LeadHandover.Domain.Intake;
using Dataverse.LeadHandover.Domain.Schema;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.Sandbox.Demo;

/// <summary>A lead row as marketing's channels send it, with a few fluent edits so demo scenarios read like stories.</summary>
internal sealed class DemoLead : Entity
{
    public DemoLead()
        : base(LeadSchema.EntityName)
    {
    }

    /// <summary>Everything a Hot lead needs (the default policy's twelve items), marked sales ready.</summary>
    public static DemoLead Qualified(string first, string last, string company, int industryCode, int employees) => new()
    {
        [LeadSchema.FirstName] = first,
        [LeadSchema.LastName] = last,
        [LeadSchema.Subject] = "Enquiry from " + company,
        [LeadSchema.EmailAddress1] = (first + "." + last + "@" + Domain(company)).ToLowerInvariant(),
        [LeadSchema.Telephone1] = "+44 20 7946 0" + (first.Length * 37 % 1000).ToString("D3", CultureInfo.InvariantCulture),
        [LeadSchema.JobTitle] = "Head of Operations",
        [LeadSchema.CompanyName] = company,
        [LeadSchema.Address1Country] = "United Kingdom",
        [LeadSchema.IndustryCode] = new OptionSetValue(industryCode),
        [LeadSchema.NumberOfEmployees] = employees,
        [LeadSchema.Need] = new OptionSetValue(0),
        [LeadSchema.NeedSummary] = "Replace spreadsheets for shop-floor scheduling",
        [LeadSchema.PurchaseTimeFrame] = new OptionSetValue(1),
        [LeadSchema.BudgetAmount] = new Money(120000m),
        [LeadSchema.BudgetStatus] = new OptionSetValue(2),
        [LeadSchema.DecisionMaker] = true,
        [LeadSchema.NextSteps] = "Demo with the COO on Thursday",
        [LeadSchema.EngagedContent] = "Whitepaper: scheduling without spreadsheets",
        [LeadSchema.LeadQualityCode] = new OptionSetValue(LeadChoiceLabels.LeadQualityHot),
        [LeadSchema.SalesReady] = true,
    };

    /// <summary>A lead marketing is still nurturing: a name and a company, not sales ready.</summary>
    public static DemoLead Nurturing(string first, string last, string company) => new()
    {
        [LeadSchema.FirstName] = first,
        [LeadSchema.LastName] = last,
        [LeadSchema.Subject] = "Enquiry from " + company,
        [LeadSchema.CompanyName] = company,
    };

    public DemoLead WithSource(Guid sourceId)
    {
        this[LeadSchema.LeadSourceId] = new EntityReference(LeadSourceSchema.EntityName, sourceId);
        return this;
    }

    public DemoLead Rated(int leadQualityCode)
    {
        this[LeadSchema.LeadQualityCode] = new OptionSetValue(leadQualityCode);
        return this;
    }

    public DemoLead With(string column, object? value)
    {
        this[column] = value;
        return this;
    }

    public DemoLead Without(params string[] columns)
    {
        foreach (var column in columns)
        {
            Attributes.Remove(column);
        }

        return this;
    }

    public DemoLead Ready(bool ready)
    {
        this[LeadSchema.SalesReady] = ready;
        return this;
    }

    private static string Domain(string company) =>
        company.Split(' ')[0].Replace("'", string.Empty, StringComparison.Ordinal) + ".example";
}
