using System;
using System.Linq;
using Dataverse.LeadHandover.Domain.Schema;
using Dataverse.LeadHandover.Sandbox.Hosting;
using Dataverse.LeadHandover.Sandbox.Metadata;
using Dataverse.LeadHandover.Sandbox.Teams;
using Microsoft.AspNetCore.Http;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.LeadHandover.Sandbox.Pages;

/// <summary>
/// A Teams-like inbox per person: the Adaptive Cards the Functions posted that mention them, rendered in the browser
/// by Microsoft's Adaptive Cards renderer (npm <c>adaptivecards</c>), whose Acknowledge, Open in Dynamics and Reject
/// buttons follow the card's own links.
/// </summary>
internal static class InboxPages
{
    public static IResult Index(HttpContext context, SandboxRuntime runtime)
    {
        ArgumentNullException.ThrowIfNull(runtime);
        var query = new QueryExpression(RepProfileSchema.EntityName)
        {
            ColumnSet = new ColumnSet(RepProfileSchema.UserId, RepProfileSchema.TimeZone, RepProfileSchema.Availability, RepProfileSchema.ManagerId, RepProfileSchema.Capacity),
        };
        query.AddOrder(RepProfileSchema.Name, OrderType.Ascending);
        var profiles = runtime.Organization.System.RetrieveMultiple(query).Entities;
        var managers = profiles.Select(profile => profile.GetAttributeValue<EntityReference>(RepProfileSchema.ManagerId)).OfType<EntityReference>()
            .DistinctBy(manager => manager.Id).OrderBy(manager => manager.Name, StringComparer.Ordinal).ToList();
        return PageLayout.Render(context, runtime, "Teams inboxes", html =>
        {
            html.Element("p", "The Functions post each handover card to a Teams Workflows webhook; in the sandbox that webhook is the sandbox itself, and each card lands in the inbox of the person it mentions.");
            html.Open("table").Element("caption", "Sales reps").Open("thead").Open("tr");
            foreach (var header in new[] { "Rep", "Time zone", "Availability", "Capacity", "Cards" })
            {
                html.Element("th", header, ("scope", "col"));
            }

            html.Close("tr").Close("thead").Open("tbody");
            foreach (var profile in profiles)
            {
                var user = profile.GetAttributeValue<EntityReference>(RepProfileSchema.UserId);
                if (user is null)
                {
                    continue;
                }

                html.Open("tr").Open("th", ("scope", "row")).Link("/inbox/" + user.Id.ToString("D"), user.Name ?? user.Id.ToString("D")).Close("th")
                    .Element("td", profile.GetAttributeValue<string>(RepProfileSchema.TimeZone))
                    .Element("td", DisplayValue.Format(runtime.Metadata, RepProfileSchema.EntityName, RepProfileSchema.Availability, profile.GetAttributeValue<OptionSetValue>(RepProfileSchema.Availability)))
                    .Element("td", DisplayValue.Format(runtime.Metadata, RepProfileSchema.EntityName, RepProfileSchema.Capacity, profile.GetAttributeValue<int?>(RepProfileSchema.Capacity)))
                    .Element("td", runtime.Teams.For(TeamsEndpoints.MentionIdsOf(runtime.Organization, user.Id)).Count.ToString(System.Globalization.CultureInfo.InvariantCulture))
                    .Close("tr");
            }

            html.Close("tbody").Close("table");
            html.Element("h2", "Managers").Open("ul");
            foreach (var manager in managers)
            {
                html.Open("li").Link("/inbox/" + manager.Id.ToString("D"), manager.Name ?? manager.Id.ToString("D")).Close("li");
            }

            html.Close("ul");
        });
    }

    public static IResult Person(HttpContext context, SandboxRuntime runtime, Guid userId)
    {
        ArgumentNullException.ThrowIfNull(runtime);
        var user = runtime.Organization.Dataverse.Store.Snapshot("systemuser", userId);
        if (user is null)
        {
            return PageLayout.Render(context, runtime, "No such person", html => html.Element("p", "No user has id " + userId + "."), StatusCodes.Status404NotFound);
        }

        var name = user.GetAttributeValue<string>("fullname") ?? userId.ToString("D");
        return PageLayout.Render(
            context,
            runtime,
            "Teams: " + name,
            html =>
            {
                html.Element("p", "Cards that mention " + name + ", newest first. The page checks for new cards every two seconds.");
                html.Element("p", "Loading cards…", ("id", "inbox-status"), ("role", "status"), ("aria-live", "polite"));
                html.Element("div", null, ("id", "cards"), ("class", "cards"), ("data-feed", "/teams/inbox/" + userId.ToString("D") + "/cards"));
            },
            script: "/js/inbox.js");
    }
}
