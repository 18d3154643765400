namespace Dataverse.LeadHandover.Functions.Notifications.Cards;

/// <summary>Someone an SLA notice addresses: shown by name, and mentioned in Teams when an id is known.</summary>
/// <param name="Name">How the card names them.</param>
/// <param name="MentionId">Their Entra object id or UPN; <see langword="null"/> names them without a mention.</param>
public sealed record NoticeMention(string Name, string? MentionId);
