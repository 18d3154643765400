using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.ServiceModel;
using Dataverse.LeadHandover.Domain.Schema;
using Dataverse.LeadHandover.Sandbox.Demo;
using Dataverse.LeadHandover.Sandbox.Organization;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.LeadHandover.Sandbox.Tour;

/// <summary>
/// Pushes leads through the organization the way marketing's channels do and prints what the platform did.
/// Every outcome shown is produced by the real plug-ins registered from Solution/, not by this class.
/// </summary>
internal sealed class IntakeTour
{
    private readonly SandboxOrganization _org;
    private readonly TextWriter _out;
    private Guid _website;
    private Guid _partner;
    private Guid _tradeShow;

    public IntakeTour(SandboxOrganization org, TextWriter output)
    {
        _org = org;
        _out = output;
    }

    public void Run()
    {
        Heading("Solution loaded");
        _out.WriteLine($"  {_org.Load.Tables.Count} tables, {_org.Load.EnvironmentVariables.Count} environment variables, {_org.Load.CustomApis.Count} custom APIs, {_org.Load.Steps.Count} plug-in steps");
        foreach (var step in _org.Load.Steps)
        {
            _out.WriteLine("    step: " + step);
        }

        var sources = DemoSources.Add(_org.System);
        _website = sources.Website;
        _partner = sources.PartnerReferrals;
        _tradeShow = sources.TradeShow;
        _out.WriteLine("  lead sources: Website, Partner referrals, Spring webinar, Google Ads (active), Trade show 2024 (inactive)");

        Step("1. A web form sends a complete, sales-ready Hot lead", () =>
        {
            var id = _org.Marketing.Create(QualifiedHot("Ana", "Silva").WithSource(_website));
            ShowLead(id);
        });

        Step("2. A rep marks a Hot lead sales-ready without budget, next steps or job title", () =>
            _org.Marketing.Create(QualifiedHot("Ben", "Okafor").Without(LeadSchema.BudgetAmount, LeadSchema.BudgetStatus, LeadSchema.NextSteps, LeadSchema.JobTitle).WithSource(_website)));

        Step("3. Marketing automation sends a lead with only utm_source=google", () =>
        {
            var lead = Nurturing("Chen", "Wei");
            lead[LeadSchema.UtmSource] = "Google";
            ShowLead(_org.Marketing.Create(lead));
        });

        Step("4. A lead arrives from the spring webinar campaign, no source chosen", () =>
        {
            var lead = Nurturing("Dana", "Kovac");
            lead[LeadSchema.CampaignId] = new EntityReference("campaign", DemoSources.SpringWebinarCampaign);
            ShowLead(_org.Marketing.Create(lead));
        });

        Step("5. An import row names the retired trade show source", () =>
            _org.Marketing.Create(Nurturing("Eli", "Moreau").WithSource(_tradeShow)));

        Step("6. A nurtured lead is completed and marked sales-ready in one save, then its source corrected", () =>
        {
            var id = _org.Marketing.Create(QualifiedHot("Fay", "Nguyen").Without(LeadSchema.NextSteps).WithSource(_website).Ready(false));
            _org.Marketing.Update(new Entity(LeadSchema.EntityName, id) { [LeadSchema.SalesReady] = true, [LeadSchema.NextSteps] = "Pricing call on Friday" });
            _org.Marketing.Update(new Entity(LeadSchema.EntityName, id) { [LeadSchema.LeadSourceId] = new EntityReference(LeadSourceSchema.EntityName, _partner) });
            ShowLead(id);
            var changes = _org.System.RetrieveMultiple(new QueryExpression(LeadSourceChangeSchema.EntityName) { ColumnSet = new ColumnSet(true) }).Entities;
            _out.WriteLine($"  source history rows: {changes.Count} (changed on {changes[0].GetAttributeValue<DateTime>(LeadSourceChangeSchema.ChangedOn):u})");
        });

        Step("7. A migration imports 50 leads in one ExecuteMultiple (every 5th is missing its budget)", () =>
        {
            var request = new ExecuteMultipleRequest
            {
                Settings = new ExecuteMultipleSettings { ContinueOnError = true, ReturnResponses = false },
                Requests = new OrganizationRequestCollection(),
            };
            for (var i = 0; i < 50; i++)
            {
                var lead = QualifiedHot("Import", "Row " + i.ToString(CultureInfo.InvariantCulture)).WithSource(_website);
                if (i % 5 == 4)
                {
                    lead = lead.Without(LeadSchema.BudgetAmount, LeadSchema.BudgetStatus);
                }

                request.Requests.Add(new CreateRequest { Target = lead });
            }

            var response = (ExecuteMultipleResponse)_org.ApiClient.Execute(request);
            var faults = response.Responses.Where(r => r.Fault is not null).ToList();
            _out.WriteLine($"  created {50 - faults.Count}, refused {faults.Count}; first refusal (row {faults[0].RequestIndex}): {faults[0].Fault.Message}");
        });

        Heading("Plug-in executions traced");
        foreach (var group in _org.Dataverse.TraceLog.Where(t => t.Text.Contains("Entered ", StringComparison.Ordinal)).GroupBy(t => t.PluginType.Split('.').Last()).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            _out.WriteLine($"  {group.Key,-28} {group.Count(),4} runs");
        }
    }

    private void Step(string title, Action action)
    {
        Heading(title);
        try
        {
            action();
        }
        catch (FaultException<OrganizationServiceFault> fault)
        {
            _out.WriteLine($"  REFUSED (0x{fault.Detail.ErrorCode:X8}): {fault.Detail.Message}");
        }
    }

    private void ShowLead(Guid id)
    {
        var lead = _org.System.Retrieve(LeadSchema.EntityName, id, new ColumnSet(true));
        _out.WriteLine($"  saved lead {id}");
        _out.WriteLine($"  source: {SourceName(lead)}{(lead.GetAttributeValue<bool>(LeadSchema.SourceInferred) ? " — " + lead.GetAttributeValue<string>(LeadSchema.SourceInference) : " (chosen)")}");
        _out.WriteLine($"  tier: {TierName(lead.GetAttributeValue<OptionSetValue>(LeadSchema.Tier)?.Value)}, completeness {lead.GetAttributeValue<int>(LeadSchema.Completeness)} %, sales ready: {(lead.GetAttributeValue<bool>(LeadSchema.SalesReady) ? "yes" : "no")}");
        var missing = lead.GetAttributeValue<string>(LeadSchema.MissingQualification);
        if (missing is not null)
        {
            _out.WriteLine("  still missing: " + missing);
        }

        _out.WriteLine("  handover brief:");
        foreach (var line in (lead.GetAttributeValue<string>(LeadSchema.HandoverBrief) ?? string.Empty).Split('\n'))
        {
            _out.WriteLine("    " + line.TrimEnd('\r'));
        }
    }

    private string SourceName(Entity lead)
    {
        var reference = lead.GetAttributeValue<EntityReference>(LeadSchema.LeadSourceId);
        return reference is null ? "(none)" : _org.System.Retrieve(LeadSourceSchema.EntityName, reference.Id, new ColumnSet(LeadSourceSchema.Name)).GetAttributeValue<string>(LeadSourceSchema.Name);
    }

    private static string TierName(int? value) => value switch
    {
        LeadTier.Hot => "Hot",
        LeadTier.Warm => "Warm",
        LeadTier.Cold => "Cold",
        _ => "(none)",
    };

    private void Heading(string text)
    {
        _out.WriteLine();
        _out.WriteLine("== " + text);
    }

    private static DemoLead Nurturing(string first, string last) => DemoLead.Nurturing(first, last, "Fabrikam");

    private static DemoLead QualifiedHot(string first, string last) => new DemoLead
    {
        [LeadSchema.FirstName] = first,
        [LeadSchema.LastName] = last,
        [LeadSchema.EmailAddress1] = "  " + first + "." + last.Replace(" ", string.Empty, StringComparison.Ordinal) + "@Contoso.Example ",
        [LeadSchema.Telephone1] = "+44 20 7946 0000",
        [LeadSchema.JobTitle] = "Head of Operations",
        [LeadSchema.CompanyName] = "Contoso Manufacturing",
        [LeadSchema.IndustryCode] = new OptionSetValue(19),
        [LeadSchema.NumberOfEmployees] = 850,
        [LeadSchema.Need] = new OptionSetValue(0),
        [LeadSchema.NeedSummary] = "Replace spreadsheets for shop-floor scheduling",
        [LeadSchema.PurchaseTimeFrame] = new OptionSetValue(1),
        [LeadSchema.BudgetAmount] = new Money(120000m),
        [LeadSchema.BudgetStatus] = new OptionSetValue(2),
        [LeadSchema.DecisionMaker] = true,
        [LeadSchema.NextSteps] = "Demo with the COO on Thursday",
        [LeadSchema.EngagedContent] = "Whitepaper: scheduling without spreadsheets",
        [LeadSchema.LeadQualityCode] = new OptionSetValue(1),
        [LeadSchema.SalesReady] = true,
    };
}
