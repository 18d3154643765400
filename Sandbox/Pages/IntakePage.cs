using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.ServiceModel;
using System.Threading.Tasks;
using Dataverse.LeadHandover.Domain.Intake;
using Dataverse.LeadHandover.Domain.Schema;
using Dataverse.LeadHandover.Sandbox.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.LeadHandover.Sandbox.Pages;

/// <summary>
/// Marketing's lead form: creates the lead as marketing's web-form user through the real plug-ins. A refusal is shown
/// exactly as Dataverse returned it (one message naming every missing item), with the form kept as typed.
/// </summary>
internal static class IntakePage
{
    public static IResult Show(HttpContext context, SandboxRuntime runtime) => Render(context, runtime, IntakeForm.Empty(), [], StatusCodes.Status200OK);

    public static async Task<IResult> SubmitAsync(HttpContext context, SandboxRuntime runtime)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(runtime);
        var form = IntakeForm.From(await context.Request.ReadFormAsync(context.RequestAborted));
        var (lead, problems) = form.ToLead();
        if (lead is null)
        {
            return Render(context, runtime, form, problems, StatusCodes.Status400BadRequest);
        }

        try
        {
            var id = runtime.Organization.Marketing.Create(lead);
            return Results.Redirect("/leads/" + id.ToString("D") + "?created=1", permanent: false, preserveMethod: false);
        }
        catch (FaultException<OrganizationServiceFault> fault)
        {
            return Render(context, runtime, form, [fault.Detail.Message], StatusCodes.Status400BadRequest, refusedByDataverse: true);
        }
    }

    private static IResult Render(HttpContext context, SandboxRuntime runtime, IntakeForm form, IReadOnlyList<string> errors, int status, bool refusedByDataverse = false) =>
        PageLayout.Render(context, runtime, "New lead", html =>
        {
            html.Element("p", "This is the form marketing's website posts. Saving creates the lead in the sandbox's Dataverse as \"Marketing (web forms)\"; the solution's plug-ins check the source and, for a sales-ready lead, every qualification item its tier needs, then route it to a rep.");
            if (errors.Count > 0)
            {
                html.Open("div", ("class", "refusal"), ("role", "alert"), ("id", "intake-error"))
                    .Element("h2", refusedByDataverse ? "Dynamics 365 did not save this lead" : "Check the form");
                foreach (var error in errors)
                {
                    html.Element("p", error, ("class", "refusal-message"));
                }

                html.Close("div");
            }

            html.Open("form", ("method", "post"), ("action", "/intake"), ("class", "intake"), ("aria-describedby", errors.Count > 0 ? "intake-error" : null));
            Fieldset(html, "Where the lead came from", () =>
            {
                Select(html, form, IntakeForm.Source, "Lead source", Sources(runtime), "(not chosen: infer it from UTM codes or campaign)");
                Input(html, form, LeadSchema.UtmSource, "utm_source");
                Input(html, form, LeadSchema.UtmCampaign, "utm_campaign");
            });
            Fieldset(html, "Contact", () =>
            {
                Input(html, form, LeadSchema.FirstName, "First name");
                Input(html, form, LeadSchema.LastName, "Last name");
                Input(html, form, LeadSchema.EmailAddress1, "Email", "email");
                Input(html, form, LeadSchema.Telephone1, "Business phone", "tel");
                Input(html, form, LeadSchema.JobTitle, "Job title");
            });
            Fieldset(html, "Company", () =>
            {
                Input(html, form, LeadSchema.CompanyName, "Company name");
                Select(html, form, LeadSchema.IndustryCode, "Industry", Choices(LeadChoiceLabels.Industry, 1, 33), "(not given)");
                Input(html, form, LeadSchema.NumberOfEmployees, "Number of employees", "text", "numeric");
                Input(html, form, LeadSchema.Address1Country, "Country/region");
            });
            Fieldset(html, "Qualification", () =>
            {
                Select(html, form, LeadSchema.LeadQualityCode, "Rating", Choices(LeadChoiceLabels.LeadQuality, 1, 3), "(not rated)");
                Select(html, form, LeadSchema.Need, "Need", Choices(LeadChoiceLabels.Need, 0, 3), "(not given)");
                TextArea(html, form, LeadSchema.NeedSummary, "Need, in words a rep can act on");
                Input(html, form, LeadSchema.ProductInterest, "Products of interest (comma-separated)");
                Select(html, form, LeadSchema.PurchaseTimeFrame, "Purchase timeframe", Choices(LeadChoiceLabels.PurchaseTimeframe, 0, 4), "(not given)");
                Input(html, form, LeadSchema.BudgetAmount, "Budget amount", "text", "decimal");
                Select(html, form, LeadSchema.BudgetStatus, "Budget", Choices(LeadChoiceLabels.BudgetStatus, 0, 3), "(not given)");
                Checkbox(html, form, LeadSchema.DecisionMaker, "The contact makes the purchase decision");
                TextArea(html, form, LeadSchema.NextSteps, "Next steps agreed");
                TextArea(html, form, LeadSchema.EngagedContent, "Content that resonated");
                Checkbox(html, form, LeadSchema.SalesReady, "Sales ready: hand this lead to sales now");
            });
            html.Element("button", "Save lead", ("type", "submit"), ("class", "primary")).Close("form");
        }, status);

    private static void Fieldset(HtmlWriter html, string legend, Action fields)
    {
        html.Open("fieldset").Element("legend", legend);
        fields();
        html.Close("fieldset");
    }

    private static void Input(HtmlWriter html, IntakeForm form, string field, string label, string type = "text", string? inputMode = null) =>
        html.Open("p").Element("label", label, ("for", field)).Void("input", ("id", field), ("name", field), ("type", type), ("inputmode", inputMode), ("value", form.Value(field))).Close("p");

    private static void TextArea(HtmlWriter html, IntakeForm form, string field, string label) =>
        html.Open("p").Element("label", label, ("for", field)).Element("textarea", form.Value(field), ("id", field), ("name", field), ("rows", "2")).Close("p");

    private static void Checkbox(HtmlWriter html, IntakeForm form, string field, string label) =>
        html.Open("p", ("class", "check"))
            .Void("input", ("id", field), ("name", field), ("type", "checkbox"), ("value", "true"), ("checked", form.IsChecked(field) ? "checked" : null))
            .Element("label", label, ("for", field)).Close("p");

    private static void Select(HtmlWriter html, IntakeForm form, string field, string label, IEnumerable<(string Value, string Text)> options, string none)
    {
        html.Open("p").Element("label", label, ("for", field)).Open("select", ("id", field), ("name", field))
            .Element("option", none, ("value", string.Empty));
        foreach (var (value, text) in options)
        {
            html.Element("option", text, ("value", value), ("selected", form.Value(field) == value ? "selected" : null));
        }

        html.Close("select").Close("p");
    }

    private static IEnumerable<(string, string)> Choices(Func<int?, string?> label, int from, int to) =>
        Enumerable.Range(from, to - from + 1).Select(value => (value.ToString(CultureInfo.InvariantCulture), label(value) ?? value.ToString(CultureInfo.InvariantCulture)));

    private static IEnumerable<(string, string)> Sources(SandboxRuntime runtime)
    {
        var query = new QueryExpression(LeadSourceSchema.EntityName) { ColumnSet = new ColumnSet(LeadSourceSchema.Name) };
        query.Criteria.AddCondition(LeadSourceSchema.StateCode, ConditionOperator.Equal, 0);
        query.AddOrder(LeadSourceSchema.Name, OrderType.Ascending);
        return runtime.Organization.System.RetrieveMultiple(query).Entities
            .Select(source => (source.Id.ToString("D"), source.GetAttributeValue<string>(LeadSourceSchema.Name)))
            .ToList();
    }
}
