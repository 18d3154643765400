using System;

namespace Dataverse.LeadHandover.Functions.Notifications.Cards;

/// <summary>A link button on an SLA notice.</summary>
/// <param name="Title">The button's text.</param>
/// <param name="Url">Where it opens.</param>
/// <param name="Style"><c>positive</c>, <c>destructive</c> or <see langword="null"/> for the default look.</param>
public sealed record NoticeAction(string Title, Uri Url, string? Style = null);
