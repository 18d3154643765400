namespace Dataverse.LeadHandover.Functions.Notifications.Cards;

/// <summary>One heading of the handover brief and what was captured for it.</summary>
public sealed record BriefFact(string Title, string Value);
