using System;
using System.Collections.Generic;
using Dataverse.LeadHandover.Functions.Notifications.Cards;
using Dataverse.LeadHandover.Functions.Tests.Support;

namespace Dataverse.LeadHandover.Functions.Tests.Notifications;

/// <summary>Card content as the notifier composes it for the standard lead, with adjustable texts.</summary>
internal sealed class HandoverCardContentBuilder
{
    private string? brief = LeadBuilder.StandardBrief;
    private string? reason = HandoverBuilder.AssignmentReason;
    private string? mentionId = Ids.RepEntraObject.ToString("D");
    private string leadName = "Ada Lovelace";

    public HandoverCardContentBuilder WithBrief(string? value)
    {
        brief = value;
        return this;
    }

    public HandoverCardContentBuilder WithAssignmentReason(string? value)
    {
        reason = value;
        return this;
    }

    public HandoverCardContentBuilder WithoutMention()
    {
        mentionId = null;
        return this;
    }

    public HandoverCardContentBuilder WithLeadName(string value)
    {
        leadName = value;
        return this;
    }

    public HandoverCardContent Build() => new()
    {
        LeadName = leadName,
        LeadContext = "Analytical Engines Ltd · Forecasting engine",
        RepName = "Riley Seller",
        RepMentionId = mentionId,
        DueLocal = "Mon 2 Mar 2026, 14:30 (Greenwich Mean Time)",
        AssignmentReason = reason,
        Facts = BriefFacts.From(brief, "Spring webinar", "Hot", 90),
        AcknowledgeUrl = new Uri(TestSettings.PublicBaseUrl + "/handovers/acknowledge?token=abc.def"),
        OpenInDynamicsUrl = new Uri(TestSettings.EnvironmentUrl + "/main.aspx?etn=lead&id=" + Ids.Lead.ToString("D") + "&pagetype=entityrecord"),
        RejectUrl = new Uri(TestSettings.PublicBaseUrl + "/handovers/reject?token=abc.def"),
    };

    /// <summary>A brief of exactly <paramref name="length"/> characters, as the brief column allows at most 4,000.</summary>
    public static string BriefOfLength(int length, char filler)
    {
        var lines = new List<string>();
        var headings = new[] { "Tier", "Contact", "Company", "Need", "Timescale", "Budget", "Authority", "Next steps", "Content that resonated", "Source" };
        var share = length / headings.Length;
        foreach (var heading in headings)
        {
            var prefix = heading + ": ";
            lines.Add(prefix + new string(filler, Math.Max(1, share - prefix.Length - 1)));
        }

        var text = string.Join("\n", lines);
        return text.Length >= length ? text[..length] : text + new string(filler, length - text.Length);
    }
}
