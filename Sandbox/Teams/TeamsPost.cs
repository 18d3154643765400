using System;
using System.Collections.Generic;

namespace Dataverse.LeadHandover.Sandbox.Teams;

/// <summary>One message the Lead Handover workflow posted, as the sandbox's Teams received it.</summary>
/// <param name="Id">The post's own id.</param>
/// <param name="ReceivedOn">Sandbox time of arrival.</param>
/// <param name="MentionedIds">Every mentioned user's Entra object id or UPN (the card's <c>msteams.entities</c>).</param>
/// <param name="CardJson">The Adaptive Card (the attachment's <c>content</c>) as posted.</param>
internal sealed record TeamsPost(Guid Id, DateTimeOffset ReceivedOn, IReadOnlyList<string> MentionedIds, string CardJson);
