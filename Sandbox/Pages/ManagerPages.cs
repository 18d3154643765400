using System;
using System.Collections.Generic;
using System.Linq;
using Dataverse.LeadHandover.Domain.Schema;
using Dataverse.LeadHandover.Sandbox.Hosting;
using Dataverse.LeadHandover.Sandbox.Views;
using Microsoft.AspNetCore.Http;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.LeadHandover.Sandbox.Pages;

/// <summary>
/// What a sales manager sees in the model-driven app: the solution's dashboard (charts and grids), every view of the
/// solution run with its own FetchXML, and every chart drawn from its own aggregate query.
/// </summary>
internal static class ManagerPages
{
    public static IResult Dashboard(HttpContext context, SandboxRuntime runtime, SolutionViews views)
    {
        ArgumentNullException.ThrowIfNull(views);
        var layout = views.Dashboard;
        return PageLayout.Render(context, runtime, layout?.Name ?? "Manager dashboard", html =>
        {
            html.Element("p", "The solution's dashboard, component by component: each chart runs its own aggregate FetchXML over the view it sits on, each grid runs the view's FetchXML, as the model-driven app does.");
            foreach (var component in layout?.Components ?? [])
            {
                var view = views.View(component.ViewId);
                if (component.ChartId is Guid chartId && views.Chart(chartId) is { } chart)
                {
                    html.Open("section", ("class", "component")).Element("h2", chart.Name);
                    ChartTable.Write(html, chart, ChartRunner.Run(chart, view, runtime.Organization.System, runtime.Metadata), view?.Name);
                    html.Close("section");
                }
                else if (view is not null)
                {
                    html.Open("section", ("class", "component")).Element("h2", view.Name);
                    ViewGrid(html, runtime, view, ViewRunner.Run(view, runtime.Organization.System).Entities);
                    html.Close("section");
                }
            }
        });
    }

    public static IResult Index(HttpContext context, SandboxRuntime runtime, SolutionViews views)
    {
        ArgumentNullException.ThrowIfNull(views);
        return PageLayout.Render(context, runtime, "Views and charts", html =>
        {
            html.Element("p", "Every view and chart the solution ships (Solution/src/Entities/*/SavedQueries and Visualizations). Opening one runs its own FetchXML against the sandbox.");
            html.Element("h2", "Charts").Open("ul");
            foreach (var chart in views.Charts)
            {
                html.Open("li").Link("/manager/charts/" + chart.Id.ToString("D"), chart.Name).Text(" (" + runtime.Metadata.TableDisplayName(chart.Table) + ")").Close("li");
            }

            html.Close("ul");
            foreach (var group in views.Views.GroupBy(view => view.Table))
            {
                html.Element("h2", "Views of " + runtime.Metadata.TableDisplayName(group.Key)).Open("ul");
                foreach (var view in group)
                {
                    html.Open("li").Link("/manager/views/" + view.Id.ToString("D"), view.Name);
                    if (view.Description is not null)
                    {
                        html.Text(" — " + view.Description);
                    }

                    html.Close("li");
                }

                html.Close("ul");
            }
        });
    }

    public static IResult View(HttpContext context, SandboxRuntime runtime, SolutionViews views, Guid id)
    {
        ArgumentNullException.ThrowIfNull(views);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(runtime);
        if (views.View(id) is not { } view)
        {
            return PageLayout.Render(context, runtime, "View not found", html => html.Element("p", "The solution has no view with id " + id + "."), StatusCodes.Status404NotFound);
        }

        var asUser = Guid.TryParse(context.Request.Query["as"], out var userId) ? userId : (Guid?)null;
        var search = context.Request.Query["q"].ToString();
        var service = asUser is Guid user ? runtime.Organization.Dataverse.ServiceFor(user) : runtime.Organization.System;
        var rows = ViewRunner.Run(view, service, search).Entities;
        return PageLayout.Render(context, runtime, view.Name, html =>
        {
            if (view.Description is not null)
            {
                html.Element("p", view.Description);
            }

            if (view.IsPersonal || view.QueryType == SavedView.QuickFind)
            {
                ViewOptions(html, runtime, view, asUser, search);
            }

            ViewGrid(html, runtime, view, rows);
            html.Open("details").Element("summary", "The view's FetchXML").Element("pre", view.FetchXml, ("class", "fetchxml")).Close("details");
        });
    }

    public static IResult Chart(HttpContext context, SandboxRuntime runtime, SolutionViews views, Guid id)
    {
        ArgumentNullException.ThrowIfNull(views);
        if (views.Chart(id) is not { } chart)
        {
            return PageLayout.Render(context, runtime, "Chart not found", html => html.Element("p", "The solution has no chart with id " + id + "."), StatusCodes.Status404NotFound);
        }

        return PageLayout.Render(context, runtime, chart.Name, html =>
        {
            ChartTable.Write(html, chart, ChartRunner.Run(chart, null, runtime.Organization.System, runtime.Metadata), null);
            html.Open("details").Element("summary", "The chart's FetchXML").Element("pre", chart.FetchXml, ("class", "fetchxml")).Close("details");
        });
    }

    private static void ViewGrid(HtmlWriter html, SandboxRuntime runtime, SavedView view, IReadOnlyCollection<Entity> rows)
    {
        html.Element("p", rows.Count + (rows.Count == 1 ? " row." : " rows."), ("class", "count"));
        Grid.Write(html, runtime.Metadata, view.Table, view.Columns, rows, view.Name, "view-" + view.Id.ToString("N"), row => LinkOf(view.Table, row));
    }

    private static string? LinkOf(string table, Entity row) => table switch
    {
        LeadSchema.EntityName => "/leads/" + row.Id.ToString("D"),
        HandoverSchema.EntityName => row.GetAttributeValue<EntityReference>(HandoverSchema.LeadId) is { } lead ? "/leads/" + lead.Id.ToString("D") : null,
        _ => null,
    };

    private static void ViewOptions(HtmlWriter html, SandboxRuntime runtime, SavedView view, Guid? asUser, string search)
    {
        html.Open("form", ("method", "get"), ("class", "view-options"));
        if (view.IsPersonal)
        {
            html.Open("p").Element("label", "Run as", ("for", "as")).Open("select", ("id", "as"), ("name", "as"));
            foreach (var (id, name) in People(runtime))
            {
                html.Element("option", name, ("value", id.ToString("D")), ("selected", asUser == id ? "selected" : null));
            }

            html.Close("select").Close("p");
        }

        if (view.QueryType == SavedView.QuickFind)
        {
            html.Open("p").Element("label", "Search (begins with)", ("for", "q")).Void("input", ("id", "q"), ("name", "q"), ("value", search)).Close("p");
        }

        html.Element("button", "Run the view", ("type", "submit")).Close("form");
    }

    private static IEnumerable<(Guid Id, string Name)> People(SandboxRuntime runtime)
    {
        var query = new QueryExpression(RepProfileSchema.EntityName) { ColumnSet = new ColumnSet(RepProfileSchema.UserId, RepProfileSchema.ManagerId) };
        var people = new Dictionary<Guid, string>();
        foreach (var profile in runtime.Organization.System.RetrieveMultiple(query).Entities)
        {
            foreach (var column in new[] { RepProfileSchema.UserId, RepProfileSchema.ManagerId })
            {
                if (profile.GetAttributeValue<EntityReference>(column) is { } user)
                {
                    people[user.Id] = user.Name ?? user.Id.ToString("D");
                }
            }
        }

        return people.OrderBy(pair => pair.Value, StringComparer.Ordinal).Select(pair => (pair.Key, pair.Value));
    }
}
