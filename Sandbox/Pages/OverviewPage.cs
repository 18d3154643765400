using System;
using System.Linq;
using Dataverse.LeadHandover.Domain.Schema;
using Dataverse.LeadHandover.Sandbox.FunctionsHost;
using Dataverse.LeadHandover.Sandbox.Hosting;
using Dataverse.LeadHandover.Sandbox.Metadata;
using Dataverse.LeadHandover.Sandbox.WebApi;
using Microsoft.AspNetCore.Http;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.LeadHandover.Sandbox.Pages;

/// <summary>The start page: what was loaded from Solution/, where things stand, what failed, and where to go next.</summary>
internal static class OverviewPage
{
    public static IResult Show(HttpContext context, SandboxRuntime runtime, NotificationQueueWorker notifications)
    {
        ArgumentNullException.ThrowIfNull(runtime);
        ArgumentNullException.ThrowIfNull(notifications);
        var organization = runtime.Organization;
        var load = organization.Load;
        return PageLayout.Render(context, runtime, "The whole handover, locally", html =>
        {
            html.Element("p", "An in-memory Dataverse loaded from this repository's Solution/ folder with the real plug-ins, the Functions app's code behind its own routes, a loopback Teams and a Dataverse Web API subset. No tenant, no Azure.");
            html.Open("ul", ("class", "facts"))
                .Element("li", load.Tables.Count + " tables, " + load.EnvironmentVariables.Count + " environment variables, " + load.CustomApis.Count + " custom APIs and " + load.Steps.Count + " plug-in steps loaded from Solution/src; the webhook step registered from Solution/postdeployment.")
                .Element("li", "Leads: " + Count(organization.System, LeadSchema.EntityName, null) + "; handovers awaiting acknowledgement: " + Count(organization.System, HandoverSchema.EntityName, HandoverStatus.Awaiting) + "; Teams cards posted: " + runtime.Teams.All.Count + ".")
                .Close("ul");
            html.Element("h2", "Try it").Open("ol")
                .Open("li").Link("/intake", "Create a lead").Text(" — a complete, sales-ready one is routed to a rep; an incomplete one is refused with every missing item named.").Close("li")
                .Open("li").Link("/inbox", "Open the rep's Teams inbox").Text(" — the card arrives within seconds; Acknowledge stops the clock.").Close("li")
                .Open("li").Link("/manager", "Open the manager dashboard").Text(" — speed to lead, breaches, the ledger by rep and by source.").Close("li")
                .Open("li").Link("/clock", "Move the clock").Text(" — and see the escalation ladder of unacknowledged handovers.").Close("li")
                .Close("ol");
            html.Element("h2", "Dataverse Web API subset")
                .Open("p").Text("Point a Dataverse client at ").Element("code", new Uri(runtime.BaseUri, WebApiEndpoints.Root).AbsoluteUri)
                .Text(": POST, PATCH and GET leads (with $select, $filter using eq/ne/gt/ge/lt/le joined by and, $orderby, $top, and @odata.bind lookups); GET lh_handovers and every other solution table. No authentication; MSCRMCallerID picks the calling user.").Close("p");
            Problems(html, runtime, notifications);
        });
    }

    private static void Problems(HtmlWriter html, SandboxRuntime runtime, NotificationQueueWorker notifications)
    {
        var failures = runtime.Organization.Dataverse.AsyncOperationFailures;
        var poisoned = notifications.Poisoned;
        html.Element("h2", "System jobs and notifications");
        if (failures.Count == 0 && poisoned.Count == 0)
        {
            html.Element("p", "No failed system job; no notification in the poison queue.");
            return;
        }

        html.Open("ul", ("class", "problems"));
        foreach (var failure in failures)
        {
            html.Element("li", "Failed system job \"" + failure.StepName + "\" (" + failure.MessageName + " of " + failure.PrimaryEntityId + "): " + ODataError.Code(failure.ErrorCode) + " " + failure.Message);
        }

        foreach (var message in poisoned)
        {
            html.Element("li", "Notification given up after " + message.DequeueCount + " deliveries: " + message.Json);
        }

        html.Close("ul");
    }

    private static int Count(IOrganizationService system, string table, int? handoverStatus)
    {
        var query = new QueryExpression(table) { ColumnSet = new ColumnSet(false) };
        if (handoverStatus is int status)
        {
            query.Criteria.AddCondition(HandoverSchema.HandoverStatus, ConditionOperator.Equal, status);
        }

        return system.RetrieveMultiple(query).Entities.Count;
    }
}
