using System;
using Dataverse.LeadHandover.Sandbox.Hosting;
using Microsoft.AspNetCore.Http;

namespace Dataverse.LeadHandover.Sandbox.Pages;

/// <summary>
/// The frame of every sandbox page: language, title, a skip link, the main navigation with the current page marked,
/// the clock control (sandbox time and buttons to move it forward) and one <c>h1</c>.
/// </summary>
internal static class PageLayout
{
    private static readonly (string Href, string Text)[] Navigation =
    [
        ("/", "Overview"),
        ("/intake", "New lead"),
        ("/inbox", "Teams inboxes"),
        ("/manager", "Manager dashboard"),
        ("/manager/views", "Views and charts"),
        ("/clock", "Clock and SLA"),
    ];

    private static readonly (int Minutes, string Text)[] Steps = [(15, "+15 min"), (60, "+1 hour"), (240, "+4 hours"), (1440, "+1 day")];

    public static IResult Render(HttpContext context, SandboxRuntime runtime, string title, Action<HtmlWriter> body, int statusCode = StatusCodes.Status200OK, string? script = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(runtime);
        ArgumentNullException.ThrowIfNull(body);
        var path = context.Request.Path.Value ?? "/";
        var html = new HtmlWriter();
        html.Markup("<!DOCTYPE html>\n").Open("html", ("lang", "en")).Open("head")
            .Void("meta", ("charset", "utf-8"))
            .Void("meta", ("name", "viewport"), ("content", "width=device-width, initial-scale=1"))
            .Element("title", title + " – Lead Handover sandbox")
            .Void("link", ("rel", "stylesheet"), ("href", "/css/sandbox.css"))
            .Void("link", ("rel", "icon"), ("href", "data:,"))
            .Close("head").Open("body")
            .Link("#main", "Skip to the page content", ("class", "skip"))
            .Open("header", ("class", "top"))
            .Element("p", "Lead Handover sandbox", ("class", "brand"))
            .Open("nav", ("aria-label", "Main")).Open("ul");
        foreach (var (href, text) in Navigation)
        {
            var current = href == "/" ? path == "/" : path.StartsWith(href, StringComparison.Ordinal) && (href != "/manager" || !path.StartsWith("/manager/views", StringComparison.Ordinal));
            html.Open("li").Link(href, text, ("aria-current", current ? "page" : null)).Close("li");
        }

        html.Close("ul").Close("nav");
        ClockControl(html, runtime, path + context.Request.QueryString);
        html.Close("header").Open("main", ("id", "main")).Element("h1", title);
        body(html);
        html.Close("main");
        if (script is not null)
        {
            html.Element("script", null, ("src", "/lib/adaptivecards/adaptivecards.min.js"))
                .Element("script", null, ("src", script));
        }

        html.Close("body").Close("html");
        return Results.Content(html.ToString(), "text/html; charset=utf-8", statusCode: statusCode);
    }

    private static void ClockControl(HtmlWriter html, SandboxRuntime runtime, string returnUrl)
    {
        var now = runtime.Clock.GetUtcNow();
        html.Open("form", ("class", "clock"), ("method", "post"), ("action", "/clock/advance"), ("aria-label", "Sandbox clock"))
            .Open("p")
            .Text("Sandbox time: ")
            .Element("time", now.ToString("ddd d MMM yyyy, HH:mm", System.Globalization.CultureInfo.InvariantCulture) + " UTC", ("datetime", now.ToString("o", System.Globalization.CultureInfo.InvariantCulture)), ("id", "sandbox-time"))
            .Text(runtime.Clock.IsRunning ? " (running)" : " (frozen)")
            .Close("p")
            .Void("input", ("type", "hidden"), ("name", "returnUrl"), ("value", returnUrl));
        foreach (var (minutes, text) in Steps)
        {
            html.Element("button", text, ("type", "submit"), ("name", "minutes"), ("value", minutes.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        html.Close("form");
    }
}
