using System;
using System.Collections.Generic;
using System.Globalization;
using Dataverse.LeadHandover.Domain.FollowUp;
using Dataverse.LeadHandover.Domain.Sla;
using Dataverse.LeadHandover.Functions.Acknowledgement;
using Dataverse.LeadHandover.Functions.Dataverse;
using Dataverse.LeadHandover.Functions.Notifications;
using Dataverse.LeadHandover.Functions.Notifications.Cards;

namespace Dataverse.LeadHandover.Functions.Sweep;

/// <summary>
/// Words the timers' notices. A reminder goes to the rep with fresh Acknowledge and Reject links; an escalation to
/// the manager, naming the rep; an automatic reassignment to the manager's manager (the ladder's last rung), or to
/// the manager when nobody is above them; a follow-up behind schedule to the rep and the manager. Times are shown in
/// the zone of the calendar the SLA counts on.
/// </summary>
public sealed class SlaNoticeComposer(HandoverLinks links, TimeProvider time)
{
    /// <summary>The notice for a ladder step just taken, or <see langword="null"/> when there is nobody to tell.</summary>
    public SlaNoticeContent? ForStep(LadderStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        var handover = step.Handover;
        var lead = LeadName(handover.LeadName, handover.LeadCompany);
        var due = RepLocalTime.Describe(handover.DueOn, step.Calendar.TimeZoneId);
        var rep = Person(handover.Rep, "the assigned rep");
        var facts = new List<BriefFact> { new("Lead", lead) };
        if (Context(handover) is { } context)
        {
            facts.Add(new BriefFact("About", context));
        }

        facts.Add(new BriefFact("Assigned", RepLocalTime.Describe(handover.AssignedOn, step.Calendar.TimeZoneId)));
        facts.Add(new BriefFact("Acknowledgement due", due));
        var open = OpenLead(handover.LeadId);
        switch (step.Action)
        {
            case EscalationAction.Remind:
                if (handover.Rep is not { } repContact)
                {
                    return null;
                }

                var token = links.SignToken(handover.Id, repContact.UserId, handover.LinkTokenVersion, time.GetUtcNow());
                var actions = new List<NoticeAction> { new("Acknowledge", links.Acknowledge(token), "positive") };
                actions.AddRange(open);
                actions.Add(new NoticeAction("Reject", links.Reject(token), "destructive"));
                return Notice(
                    "Reminder: a lead is waiting for you",
                    SlaNoticeCard.Mention(rep) + ", the lead below is still waiting for your acknowledgement. Please acknowledge by " + due + ".",
                    [rep],
                    facts,
                    actions);

            case EscalationAction.EscalateToManager:
                if (handover.Manager is null)
                {
                    return null;
                }

                var manager = Person(handover.Manager, "Manager");
                return Notice(
                    "Handover not acknowledged in time",
                    SlaNoticeCard.Mention(manager) + ", " + SlaNoticeCard.Mention(rep) + " has not acknowledged the lead below, which was due by " + due + ".",
                    [manager, rep],
                    facts,
                    open);

            case EscalationAction.Reassign:
                var above = handover.ManagersManager ?? handover.Manager;
                if (above is null)
                {
                    return null;
                }

                var recipient = Person(above, "Manager");
                facts.Add(new BriefFact("Reason", EscalationRequests.ReassignReason(step.Step)));
                return Notice(
                    "Lead reassigned automatically",
                    SlaNoticeCard.Mention(recipient) + ", the lead below was not acknowledged by " + rep.Name
                        + " and has been passed to the next rep, who gets their own handover card.",
                    [recipient],
                    facts,
                    open);

            default:
                return null;
        }
    }

    /// <summary>The notice for a handover whose follow-up window closed without enough contact attempts.</summary>
    public SlaNoticeContent? ForFollowUp(FollowUpCandidate candidate, FollowUpStatus status)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(status);
        if (candidate.Rep is null && candidate.Manager is null)
        {
            return null;
        }

        var lead = LeadName(candidate.LeadName, candidate.LeadCompany);
        var mentions = new List<NoticeMention>();
        if (candidate.Rep is not null)
        {
            mentions.Add(Person(candidate.Rep, "the assigned rep"));
        }

        if (candidate.Manager is not null)
        {
            mentions.Add(Person(candidate.Manager, "Manager"));
        }

        var who = candidate.Rep is null ? SlaNoticeCard.Mention(mentions[0]) + ": the rep of the lead below has" : SlaNoticeCard.Mention(mentions[0]) + ", the lead below has";
        var copy = candidate.Rep is not null && mentions.Count > 1 ? " (" + SlaNoticeCard.Mention(mentions[1]) + " for information)" : string.Empty;
        var made = status.AttemptsMade.ToString(CultureInfo.InvariantCulture);
        var required = status.Rule.Count.ToString(CultureInfo.InvariantCulture);
        var days = status.Rule.WithinDays.ToString(CultureInfo.InvariantCulture);
        return Notice(
            "Follow-up behind schedule",
            who + " had " + made + " of the " + required + " contact attempts expected within " + days + " days of handover" + copy + ".",
            mentions,
            [
                new BriefFact("Lead", lead),
                new BriefFact("Contact attempts", made + " of " + required),
                new BriefFact("Window ended", RepLocalTime.Describe(status.WindowEndsUtc, candidate.TimeZoneId)),
            ],
            OpenLead(candidate.LeadId));
    }

    private static SlaNoticeContent Notice(string title, string summary, IReadOnlyList<NoticeMention> mentions, IReadOnlyList<BriefFact> facts, IReadOnlyList<NoticeAction> actions) =>
        new()
        {
            Title = title,
            Summary = summary,
            Mentions = mentions,
            Facts = facts,
            Actions = actions,
            FallbackText = title + ": " + Plain(summary, mentions),
        };

    private List<NoticeAction> OpenLead(Guid? leadId) =>
        leadId is Guid id ? [new NoticeAction("Open in Dynamics", links.OpenLead(id))] : [];

    private static NoticeMention Person(RepContact? contact, string fallbackName)
    {
        if (contact is null)
        {
            return new NoticeMention(fallbackName, null);
        }

        var name = NullIfBlank(contact.FullName) ?? NullIfBlank(contact.UserPrincipalName) ?? fallbackName;
        var mentionId = contact.EntraObjectId is { } objectId && objectId != Guid.Empty ? objectId.ToString("D") : NullIfBlank(contact.UserPrincipalName);
        return new NoticeMention(name, mentionId);
    }

    private static string LeadName(string? fullName, string? company) => NullIfBlank(fullName) ?? NullIfBlank(company) ?? "Unnamed lead";

    private static string? Context(DueHandover handover)
    {
        var company = string.IsNullOrWhiteSpace(handover.LeadName) ? null : NullIfBlank(handover.LeadCompany);
        var topic = NullIfBlank(handover.LeadTopic);
        return company is null ? topic : topic is null ? company : company + " · " + topic;
    }

    private static string Plain(string summary, IReadOnlyList<NoticeMention> mentions)
    {
        foreach (var person in mentions)
        {
            summary = summary.Replace(HandoverCard.Mention(person.Name), person.Name, StringComparison.Ordinal);
        }

        return summary;
    }

    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
