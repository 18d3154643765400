using System;
using System.Collections.Generic;
using System.Globalization;
using Dataverse.LeadHandover.Domain.Schema;
using Microsoft.AspNetCore.Http;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.Sandbox.Pages;

/// <summary>
/// What the intake form posted, kept as text so a refused lead comes back with everything the person typed, and
/// turned into the lead row marketing's web form would create: empty fields are simply left out, as a form leaves
/// them, so the plug-ins (not this page) decide what is missing.
/// </summary>
internal sealed class IntakeForm
{
    public const string Source = "source";

    private static readonly string[] TextColumns =
    [
        LeadSchema.FirstName, LeadSchema.LastName, LeadSchema.EmailAddress1, LeadSchema.Telephone1, LeadSchema.JobTitle, LeadSchema.CompanyName,
        LeadSchema.Address1Country, LeadSchema.ProductInterest, LeadSchema.NeedSummary, LeadSchema.NextSteps, LeadSchema.EngagedContent, LeadSchema.UtmSource, LeadSchema.UtmCampaign,
    ];

    private static readonly string[] ChoiceColumns =
    [
        LeadSchema.IndustryCode, LeadSchema.Need, LeadSchema.PurchaseTimeFrame, LeadSchema.BudgetStatus, LeadSchema.LeadQualityCode,
    ];

    private readonly Dictionary<string, string> values = new(StringComparer.Ordinal);

    public string Value(string field) => values.TryGetValue(field, out var value) ? value : string.Empty;

    public bool IsChecked(string field) => Value(field) == "true";

    public static IntakeForm Empty() => new();

    public static IntakeForm From(IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var intake = new IntakeForm();
        foreach (var (key, value) in form)
        {
            intake.values[key] = value.ToString().Trim();
        }

        return intake;
    }

    /// <summary>The lead row, or the fields whose text is not a number where a number is needed.</summary>
    public (Entity? Lead, IReadOnlyList<string> Problems) ToLead()
    {
        var problems = new List<string>();
        var lead = new Entity(LeadSchema.EntityName);
        foreach (var column in TextColumns)
        {
            if (Value(column).Length > 0)
            {
                lead[column] = Value(column);
            }
        }

        lead[LeadSchema.Subject] = Value(LeadSchema.CompanyName).Length > 0 ? "Web enquiry from " + Value(LeadSchema.CompanyName) : "Web enquiry";
        foreach (var column in ChoiceColumns)
        {
            if (Value(column).Length > 0)
            {
                lead[column] = new OptionSetValue(int.Parse(Value(column), CultureInfo.InvariantCulture));
            }
        }

        if (Value(LeadSchema.NumberOfEmployees).Length > 0)
        {
            if (int.TryParse(Value(LeadSchema.NumberOfEmployees), NumberStyles.None, CultureInfo.InvariantCulture, out var employees))
            {
                lead[LeadSchema.NumberOfEmployees] = employees;
            }
            else
            {
                problems.Add("Number of employees must be a whole number.");
            }
        }

        if (Value(LeadSchema.BudgetAmount).Length > 0)
        {
            if (decimal.TryParse(Value(LeadSchema.BudgetAmount), NumberStyles.Number, CultureInfo.InvariantCulture, out var budget))
            {
                lead[LeadSchema.BudgetAmount] = new Money(budget);
            }
            else
            {
                problems.Add("Budget amount must be a number, e.g. 120000.");
            }
        }

        if (IsChecked(LeadSchema.DecisionMaker))
        {
            lead[LeadSchema.DecisionMaker] = true;
        }

        lead[LeadSchema.SalesReady] = IsChecked(LeadSchema.SalesReady);
        if (Guid.TryParse(Value(Source), out var sourceId))
        {
            lead[LeadSchema.LeadSourceId] = new EntityReference(LeadSourceSchema.EntityName, sourceId);
        }

        return (problems.Count == 0 ? lead : null, problems);
    }
}
