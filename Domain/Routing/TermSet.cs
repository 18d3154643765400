using System;
using System.Collections.Generic;

namespace Dataverse.LeadHandover.Domain.Routing;

/// <summary>A rep's segments, territories or skills: trimmed, blanks dropped, case-insensitively distinct.</summary>
internal sealed class TermSet
{
    public static readonly TermSet Empty = new(Array.Empty<RoutingTerm>());

    private readonly RoutingTerm[] terms;
    private readonly string[] texts;

    private TermSet(RoutingTerm[] terms)
    {
        this.terms = terms;
        texts = new string[terms.Length];
        for (var i = 0; i < terms.Length; i++)
        {
            texts[i] = terms[i].Text!;
        }
    }

    public IReadOnlyList<string> Texts => texts;

    public static TermSet From(IEnumerable<string>? values)
    {
        if (values is null)
        {
            return Empty;
        }

        var distinct = new List<RoutingTerm>();
        foreach (var value in values)
        {
            var term = RoutingTerm.From(value);
            if (!term.IsEmpty && !Contains(distinct, term))
            {
                distinct.Add(term);
            }
        }

        return distinct.Count == 0 ? Empty : new TermSet(distinct.ToArray());
    }

    public bool Contains(RoutingTerm term)
    {
        if (term.IsEmpty)
        {
            return false;
        }

        foreach (var candidate in terms)
        {
            if (candidate.Is(term))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Contains(List<RoutingTerm> terms, RoutingTerm term)
    {
        foreach (var candidate in terms)
        {
            if (candidate.Is(term))
            {
                return true;
            }
        }

        return false;
    }
}
