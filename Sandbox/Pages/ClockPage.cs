using System;
using System.Globalization;
using System.Threading.Tasks;
using Dataverse.LeadHandover.Sandbox.Hosting;
using Dataverse.LeadHandover.Sandbox.Metadata;
using Dataverse.LeadHandover.Sandbox.Sla;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Dataverse.LeadHandover.Sandbox.Pages;

/// <summary>
/// The clock: moving sandbox time forward, after which queued asynchronous work runs and the Functions' timers get
/// their turn; and, for every handover awaiting acknowledgement, where it stands on the escalation ladder, measured
/// in the rep's business time.
/// </summary>
internal static class ClockPage
{
    public const string LastRunKey = "clock-last-run";

    public static IResult Show(HttpContext context, SandboxRuntime runtime)
    {
        ArgumentNullException.ThrowIfNull(runtime);
        ArgumentNullException.ThrowIfNull(context);
        var now = runtime.Clock.GetUtcNow().UtcDateTime;
        var ladders = EscalationPreview.Awaiting(runtime.Organization.System, now);
        return PageLayout.Render(context, runtime, "Clock and SLA", html =>
        {
            html.Element("p", "Move the sandbox clock with the buttons at the top of every page. After each move the asynchronous steps run, then the Functions' SLA sweep and follow-up cadence timers, catching up as their schedules would have meanwhile: reminders go to the rep, escalations to the manager (both as Teams cards), and a handover left past its last step is reassigned.");
            if (context.Request.Query.TryGetValue("ran", out var ran))
            {
                html.Element("p", ran.ToString(), ("class", "notice"), ("role", "status"));
            }

            html.Element("h2", "Handovers awaiting acknowledgement");
            if (ladders.Count == 0)
            {
                html.Element("p", "None.");
                return;
            }

            html.Open("div", ("class", "grid")).Open("table", ("id", "ladder")).Element("caption", "Escalation ladder per handover (business time, rep's calendar)").Open("thead").Open("tr");
            foreach (var header in new[] { "Lead", "Rep", "Tier", "Assigned", "Due", "SLA elapsed", "Ladder" })
            {
                html.Element("th", header, ("scope", "col"));
            }

            html.Close("tr").Close("thead").Open("tbody");
            foreach (var ladder in ladders)
            {
                html.Open("tr", ("data-id", ladder.HandoverId.ToString("D"))).Open("th", ("scope", "row"));
                if (ladder.LeadId is Guid leadId)
                {
                    html.Link("/leads/" + leadId.ToString("D"), ladder.Lead);
                }
                else
                {
                    html.Text(ladder.Lead);
                }

                html.Close("th")
                    .Element("td", ladder.Rep)
                    .Element("td", ladder.Tier)
                    .Element("td", DisplayValue.Time(ladder.AssignedUtc))
                    .Element("td", DisplayValue.Time(ladder.DueUtc))
                    .Element("td", ladder.PercentElapsed.ToString("0", CultureInfo.InvariantCulture) + " %")
                    .Open("td").Open("ul", ("class", "ladder"));
                foreach (var rung in ladder.Rungs)
                {
                    var state = rung.Taken ? "taken" : rung.Reached ? "due: the next sweep takes it" : "not yet due";
                    html.Element("li", rung.Step + ": " + DisplayValue.Time(rung.DueUtc) + " (" + state + ")", ("class", rung.Reached ? "reached" : null));
                }

                html.Close("ul").Close("td").Close("tr");
            }

            html.Close("tbody").Close("table").Close("div");
        });
    }

    /// <summary>Moves the clock, lets queued work run, runs the timers, and goes back where the person was.</summary>
    public static async Task<IResult> AdvanceAsync(HttpContext context, SandboxRuntime runtime)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(runtime);
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        if (!int.TryParse(form["minutes"], NumberStyles.None, CultureInfo.InvariantCulture, out var minutes) || minutes <= 0 || minutes > 60 * 24 * 31)
        {
            return Results.BadRequest("minutes must be a whole number from 1 to 44640 (31 days).");
        }

        runtime.Clock.Advance(TimeSpan.FromMinutes(minutes));
        var pump = context.RequestServices.GetRequiredService<AsyncOperationPump>();
        await Task.Run(pump.DrainNow, context.RequestAborted);
        var ran = await context.RequestServices.GetRequiredService<SlaTimers>().RunAsync(context.RequestAborted);

        // A reassignment creates a handover, whose webhook is queued like any other.
        await Task.Run(pump.DrainNow, context.RequestAborted);
        var returnUrl = form["returnUrl"].ToString();

        // Only a path on this site, so the form can't be used to bounce someone elsewhere.
        if (!returnUrl.StartsWith('/') || returnUrl.StartsWith("//", StringComparison.Ordinal))
        {
            returnUrl = "/clock";
        }

        if (returnUrl.StartsWith("/clock", StringComparison.Ordinal))
        {
            returnUrl = "/clock?ran=" + Uri.EscapeDataString(ran);
        }

        return Results.Redirect(returnUrl);
    }
}
