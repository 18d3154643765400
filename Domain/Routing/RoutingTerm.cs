using System;

namespace Dataverse.LeadHandover.Domain.Routing;

/// <summary>
/// A segment, territory, skill or product name, trimmed, with its case-insensitive hash computed once so
/// matching a lead against thousands of reps compares integers first and text only on a hash hit.
/// </summary>
internal readonly struct RoutingTerm
{
    private RoutingTerm(string text, int hash)
    {
        Text = text;
        Hash = hash;
    }

    public string? Text { get; }

    public int Hash { get; }

    public bool IsEmpty => Text is null;

    public static RoutingTerm From(string? value)
    {
        var text = value?.Trim();
        return string.IsNullOrEmpty(text) ? default : new RoutingTerm(text!, StringComparer.OrdinalIgnoreCase.GetHashCode(text!));
    }

    public bool Is(RoutingTerm other) =>
        Hash == other.Hash && string.Equals(Text, other.Text, StringComparison.OrdinalIgnoreCase);
}
