using System;
using Dataverse.LeadHandover.Sandbox.FunctionsHost;
using Dataverse.LeadHandover.Sandbox.Hosting;
using Dataverse.LeadHandover.Sandbox.Views;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Dataverse.LeadHandover.Sandbox.Pages;

/// <summary>The sandbox's own pages and the clock control.</summary>
internal static class PageEndpoints
{
    public static IEndpointRouteBuilder MapPages(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var views = new Lazy<SolutionViews>(() => SolutionViews.Load(endpoints.ServiceProvider.GetRequiredService<SandboxRuntime>().Layout.SolutionSource));
        endpoints.MapGet("/", (HttpContext context, SandboxRuntime runtime, NotificationQueueWorker worker) => OverviewPage.Show(context, runtime, worker));
        endpoints.MapGet("/intake", (HttpContext context, SandboxRuntime runtime) => IntakePage.Show(context, runtime));
        endpoints.MapPost("/intake", (HttpContext context, SandboxRuntime runtime) => IntakePage.SubmitAsync(context, runtime)).DisableAntiforgery();
        endpoints.MapGet("/leads/{id:guid}", (HttpContext context, SandboxRuntime runtime, Guid id) => LeadPage.Show(context, runtime, id));

        // The card's "Open in Dynamics" deep link points at the environment URL, which in the sandbox is the sandbox.
        endpoints.MapGet("/main.aspx", (HttpContext context, SandboxRuntime runtime) =>
            LeadPage.FromDeepLink(context.Request.Query) is Guid id ? LeadPage.Show(context, runtime, id) : Results.NotFound());
        endpoints.MapGet("/inbox", (HttpContext context, SandboxRuntime runtime) => InboxPages.Index(context, runtime));
        endpoints.MapGet("/inbox/{userId:guid}", (HttpContext context, SandboxRuntime runtime, Guid userId) => InboxPages.Person(context, runtime, userId));
        endpoints.MapGet("/manager", (HttpContext context, SandboxRuntime runtime) => ManagerPages.Dashboard(context, runtime, views.Value));
        endpoints.MapGet("/manager/views", (HttpContext context, SandboxRuntime runtime) => ManagerPages.Index(context, runtime, views.Value));
        endpoints.MapGet("/manager/views/{id:guid}", (HttpContext context, SandboxRuntime runtime, Guid id) => ManagerPages.View(context, runtime, views.Value, id));
        endpoints.MapGet("/manager/charts/{id:guid}", (HttpContext context, SandboxRuntime runtime, Guid id) => ManagerPages.Chart(context, runtime, views.Value, id));
        endpoints.MapGet("/clock", (HttpContext context, SandboxRuntime runtime) => ClockPage.Show(context, runtime));
        endpoints.MapPost("/clock/advance", (HttpContext context, SandboxRuntime runtime) => ClockPage.AdvanceAsync(context, runtime)).DisableAntiforgery();
        return endpoints;
    }
}
