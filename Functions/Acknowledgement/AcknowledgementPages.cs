using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Dataverse.LeadHandover.Functions.Notifications;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Dataverse.LeadHandover.Functions.Acknowledgement;

/// <summary>
/// The page for every outcome of an Acknowledge or Reject link: what happened, in plain words, and what to do
/// next. Status codes follow the outcome (200 usable or done, 400 bad link or missing reason, 404 gone,
/// 409 no longer applicable, 410 expired, 503 Dynamics 365 unreachable) so monitoring can tell them apart.
/// </summary>
public sealed class AcknowledgementPages(HandoverLinks links)
{
    private const string UseTheCard = "Use the buttons on the newest handover card in Teams, or open the lead in Dynamics 365.";

    public HtmlPage For(LinkOutcome outcome, PageKind kind)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var lead = outcome.LeadName ?? "this lead";
        return outcome.Status switch
        {
            LinkStatus.Usable when kind == PageKind.Acknowledge => Page(
                StatusCodes.Status200OK,
                "Acknowledge this handover",
                outcome,
                $"{lead} has been handed over to you.",
                "Acknowledging tells your manager you have taken the lead and stops the response clock.") with
            {
                Form = new HtmlForm("acknowledge", outcome.Token!, "Acknowledge", AsksForReason: false),
            },
            LinkStatus.Usable or LinkStatus.ReasonMissing => Page(
                outcome.Status == LinkStatus.Usable ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest,
                "Reject this handover",
                outcome,
                $"If you can't take {lead}, say why. The lead then goes to another rep.") with
            {
                Form = new HtmlForm("reject", outcome.Token!, "Reject handover", AsksForReason: true)
                {
                    Error = outcome.Status == LinkStatus.ReasonMissing ? "Please say why you can't take this lead." : null,
                },
            },
            LinkStatus.Invalid => Page(
                StatusCodes.Status400BadRequest,
                "This link doesn't work",
                outcome,
                "The link is incomplete or has been changed, so nothing was done.",
                UseTheCard),
            LinkStatus.Expired => Page(
                StatusCodes.Status410Gone,
                "This link has expired",
                outcome,
                $"The link stopped working at {Time(outcome.Claims!.ExpiresOn.UtcDateTime, outcome)}. The handover of {lead} still awaits acknowledgement.",
                "Open the lead in Dynamics 365 to acknowledge it there, or use the newest handover card in Teams."),
            LinkStatus.Superseded => Page(
                StatusCodes.Status409Conflict,
                "This link has been replaced",
                outcome,
                $"A newer link was sent for the handover of {lead}, so this one no longer works.",
                UseTheCard),
            LinkStatus.AlreadyAcknowledged => Page(
                StatusCodes.Status409Conflict,
                "This link has already been used",
                outcome,
                $"The handover of {lead} was acknowledged at {Time(outcome.AcknowledgedOn, outcome)}.",
                "There is nothing more to do here."),
            LinkStatus.AlreadyRejected => Page(
                StatusCodes.Status409Conflict,
                "This handover was rejected",
                outcome,
                $"The handover of {lead} was already rejected, and the lead has gone to another rep.",
                "There is nothing more to do here."),
            LinkStatus.Reassigned => Page(
                StatusCodes.Status409Conflict,
                "This lead is no longer yours",
                outcome,
                $"The handover of {lead} was reassigned to another rep, so this link no longer works.",
                "There is nothing for you to do. If you think this is wrong, talk to your manager."),
            LinkStatus.TimedOut => Page(
                StatusCodes.Status409Conflict,
                "This lead was passed on",
                outcome,
                $"The handover of {lead} wasn't acknowledged in time, so it was passed on automatically (to another rep, or to your manager when no rep was free) and this link no longer works.",
                "Your manager has been told. If you are already talking to this prospect, tell your manager so the new rep knows."),
            LinkStatus.Closed => Page(
                StatusCodes.Status409Conflict,
                "This handover is closed",
                outcome,
                $"The handover of {lead} was closed without acknowledgement, so this link no longer works.",
                "If you still want the lead, talk to your manager."),
            LinkStatus.Missing => Page(
                StatusCodes.Status404NotFound,
                "This handover no longer exists",
                outcome,
                "It may have been deleted, so nothing was done.",
                "Open Dynamics 365 to find the lead if you still need it."),
            LinkStatus.Acknowledged => Page(
                StatusCodes.Status200OK,
                "Handover acknowledged",
                outcome,
                $"You acknowledged the handover of {lead} at {Time(outcome.AcknowledgedOn, outcome)}.",
                "Your manager can see this in Dynamics 365. This link has now been used and won't work again."),
            LinkStatus.Rejected => Page(
                StatusCodes.Status200OK,
                "Handover rejected",
                outcome,
                $"You rejected the handover of {lead}. Your reason was recorded and the lead goes to another rep.",
                "This link has now been used and won't work again."),
            LinkStatus.Refused => Page(
                StatusCodes.Status409Conflict,
                "Dynamics 365 didn't accept this",
                outcome,
                outcome.RefusalMessage ?? "Dynamics 365 refused the change.",
                "Nothing was changed. Open the lead in Dynamics 365 to act on it there."),
            _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome.Status, "Unknown link status."),
        };
    }

    /// <summary>
    /// The page for a link request: <paramref name="act"/>'s outcome, or, when Dynamics 365 fails underneath it, the
    /// <see cref="Unavailable"/> page — still with the headers every link answer carries, never a bare 500.
    /// </summary>
    public async Task<HtmlPageResult> AnswerAsync(Func<Task<LinkOutcome>> act, PageKind kind, ILogger logger, string method, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(act);
        try
        {
            return new HtmlPageResult(For(await act(), kind));
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            AcknowledgementLog.Unavailable(logger, exception, method);
            return new HtmlPageResult(Unavailable(kind));
        }
    }

    /// <summary>
    /// Dynamics 365 could not be reached or answered unexpectedly, so whether the action was recorded is unknown; the
    /// link, opened again, shows which (an acknowledged handover says so; an awaiting one still offers the button).
    /// </summary>
    public static HtmlPage Unavailable(PageKind kind) => new(
        StatusCodes.Status503ServiceUnavailable,
        "Dynamics 365 can't be reached right now",
        [
            "We couldn't confirm your " + (kind == PageKind.Acknowledge ? "acknowledgement" : "rejection") + " with Dynamics 365.",
            "Open this link again in a few minutes: it shows whether it was recorded, and still works if it wasn't. Or open the lead in Dynamics 365 and act on it there.",
        ]);

    private HtmlPage Page(int statusCode, string title, LinkOutcome outcome, params string[] paragraphs)
    {
        var pageLinks = new List<(string Text, Uri Url)>();
        if (outcome.Handover?.LeadId is { } leadId)
        {
            pageLinks.Add(("Open the lead in Dynamics 365", links.OpenLead(leadId)));
        }

        return new HtmlPage(statusCode, title, paragraphs) { Links = pageLinks };
    }

    private static string Time(DateTime? utc, LinkOutcome outcome) => RepLocalTime.Describe(utc, outcome.RepTimeZoneId);
}
