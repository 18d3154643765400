using System;
using System.Linq;
using System.ServiceModel;
using Dataverse.LeadHandover.Domain.Schema;
using Dataverse.LeadHandover.Sandbox.Hosting;
using Dataverse.LeadHandover.Sandbox.Metadata;
using Microsoft.AspNetCore.Http;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.LeadHandover.Sandbox.Pages;

/// <summary>
/// A lead as its "Lead Handover" form shows it: source, tier, completeness, what is missing, the brief, and the
/// handover history from the ledger with the first-touch activities. Also answers the card's "Open in Dynamics" link
/// (<c>/main.aspx?etn=lead&amp;id=…&amp;pagetype=entityrecord</c>).
/// </summary>
internal static class LeadPage
{
    private static readonly string[] Summary =
    [
        LeadSchema.StateCode, LeadSchema.OwnerId, LeadSchema.LeadSourceId, LeadSchema.SourceInference, LeadSchema.LeadQualityCode, LeadSchema.Tier,
        LeadSchema.SalesReady, LeadSchema.Completeness, LeadSchema.MissingQualification, LeadSchema.CurrentHandoverId, LeadSchema.FollowUpAttempts,
        LeadSchema.CreatedOn,
    ];

    private static readonly string[] LedgerColumns =
    [
        HandoverSchema.AssignedOn, HandoverSchema.RepId, HandoverSchema.AssignmentKind, HandoverSchema.HandoverStatus, HandoverSchema.DueOn,
        HandoverSchema.NotificationStatus, HandoverSchema.AcknowledgedOn, HandoverSchema.BusinessMinutesToAcknowledge, HandoverSchema.Breached,
        HandoverSchema.EscalationLevel, HandoverSchema.AssignmentReason, HandoverSchema.OutcomeReason,
    ];

    public static IResult Show(HttpContext context, SandboxRuntime runtime, Guid leadId)
    {
        ArgumentNullException.ThrowIfNull(runtime);
        var system = runtime.Organization.System;
        Entity lead;
        try
        {
            lead = system.Retrieve(LeadSchema.EntityName, leadId, new ColumnSet(true));
        }
        catch (FaultException<OrganizationServiceFault> fault)
        {
            return PageLayout.Render(context, runtime, "Lead not found", html => html.Element("p", fault.Detail.Message), StatusCodes.Status404NotFound);
        }

        var metadata = runtime.Metadata;
        var name = lead.GetAttributeValue<string>(LeadSchema.FullName) ?? lead.GetAttributeValue<string>(LeadSchema.CompanyName) ?? "Lead";
        return PageLayout.Render(context, runtime, name, html =>
        {
            if (context.Request.Query.ContainsKey("created"))
            {
                html.Element("p", "Saved. This is the lead as the plug-ins left it; its Teams card follows within seconds when it was handed over.", ("class", "notice"), ("role", "status"));
            }

            html.Element("h2", "Lead");
            html.Open("dl", ("class", "facts"));
            foreach (var column in Summary)
            {
                var label = metadata.Column(LeadSchema.EntityName, column)?.DisplayName ?? column;
                html.Element("dt", label).Element("dd", DisplayValue.Format(metadata, LeadSchema.EntityName, column, lead.Attributes.TryGetValue(column, out var value) ? value : null), ("data-column", column));
            }

            html.Close("dl");
            html.Element("h2", "Handover brief").Element("pre", lead.GetAttributeValue<string>(LeadSchema.HandoverBrief) ?? "(none: the brief is written when the lead becomes sales ready)", ("class", "brief"));
            Ledger(html, runtime, leadId);
            Activities(html, runtime, leadId);
        });
    }

    private static void Ledger(HtmlWriter html, SandboxRuntime runtime, Guid leadId)
    {
        var query = new QueryExpression(HandoverSchema.EntityName) { ColumnSet = new ColumnSet(LedgerColumns) };
        query.Criteria.AddCondition(HandoverSchema.LeadId, ConditionOperator.Equal, leadId);
        query.AddOrder(HandoverSchema.AssignedOn, OrderType.Ascending);
        var rows = runtime.Organization.System.RetrieveMultiple(query).Entities;
        html.Element("h2", "Handover history (ledger)");
        if (rows.Count == 0)
        {
            html.Element("p", "No handover yet.");
            return;
        }

        Grid.Write(html, runtime.Metadata, HandoverSchema.EntityName, LedgerColumns, rows, "Every assignment of this lead, oldest first", "handovers");
    }

    private static void Activities(HtmlWriter html, SandboxRuntime runtime, Guid leadId)
    {
        html.Element("h2", "First-touch activities");
        var found = false;
        foreach (var table in new[] { "phonecall", "task" })
        {
            var query = new QueryExpression(table) { ColumnSet = new ColumnSet("subject", "scheduledend", "ownerid", "statecode") };
            query.Criteria.AddCondition("regardingobjectid", ConditionOperator.Equal, leadId);
            foreach (var activity in runtime.Organization.System.RetrieveMultiple(query).Entities)
            {
                found = true;
                html.Open("p").Element("strong", table == "phonecall" ? "Phone call: " : "Task: ")
                    .Text(activity.GetAttributeValue<string>("subject"))
                    .Text(activity.GetAttributeValue<DateTime?>("scheduledend") is DateTime due ? " — due " + DisplayValue.Time(due) : string.Empty)
                    .Text(activity.GetAttributeValue<EntityReference>("ownerid") is { } owner ? ", owner " + owner.Name : string.Empty)
                    .Close("p");
            }
        }

        if (!found)
        {
            html.Element("p", "None (the tier asks for no first touch, or the lead has not been handed over).");
        }
    }

    /// <summary>The lead id in a "Open in Dynamics" deep link, or null when the link is for something else.</summary>
    public static Guid? FromDeepLink(IQueryCollection query) =>
        string.Equals(query["etn"], LeadSchema.EntityName, StringComparison.Ordinal) && Guid.TryParse(query["id"], out var id) ? id : null;
}
