using System;
using System.Collections.Generic;

namespace Dataverse.LeadHandover.Domain.Qualification;

/// <summary>
/// Finds the valid name an administrator most likely meant (edit distance, case-insensitive), so a
/// policy error can say "did you mean 'contact.jobTitle'?" instead of only "unknown".
/// </summary>
public static class SpellingSuggestion
{
    /// <summary>The candidate with the smallest edit distance; the first one wins a tie.</summary>
    public static string Closest(string input, IReadOnlyList<string> candidates)
    {
        if (candidates is null || candidates.Count == 0)
        {
            throw new ArgumentException("There must be at least one candidate.", nameof(candidates));
        }

        var best = candidates[0];
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = Distance(input ?? string.Empty, candidate);
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>True when <paramref name="input"/> looks like a typo of <paramref name="candidate"/> rather than a different word.</summary>
    public static bool IsLikelyTypo(string input, string candidate) =>
        Distance(input ?? string.Empty, candidate) <= Math.Max(2, candidate.Length / 3);

    /// <summary>Levenshtein distance, ignoring case.</summary>
    public static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var ca = char.ToLowerInvariant(a[i - 1]);
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = ca == char.ToLowerInvariant(b[j - 1]) ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            var swap = previous;
            previous = current;
            current = swap;
        }

        return previous[b.Length];
    }
}
