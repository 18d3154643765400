using System.Collections.Generic;

namespace Dataverse.LeadHandover.Functions.Notifications.Cards;

/// <summary>
/// Everything an SLA notice card says (a reminder, an escalation to the manager, an automatic reassignment, a
/// follow-up behind schedule), already worded for the people it addresses.
/// </summary>
public sealed record SlaNoticeContent
{
    public required string Title { get; init; }

    /// <summary>The first line of the card; <see cref="SlaNoticeCard.Mention"/> markup in it must match <see cref="Mentions"/>.</summary>
    public required string Summary { get; init; }

    /// <summary>Who is mentioned in <see cref="Summary"/>, the first being the person the notice is for.</summary>
    public required IReadOnlyList<NoticeMention> Mentions { get; init; }

    public required IReadOnlyList<BriefFact> Facts { get; init; }

    public required IReadOnlyList<NoticeAction> Actions { get; init; }

    /// <summary>Plain text for clients that cannot render the card.</summary>
    public required string FallbackText { get; init; }
}
