using System;
using System.Collections.Generic;

namespace Dataverse.LeadHandover.Domain.Qualification;

/// <summary>
/// Parses policy text once and hands back the same result for the same text.
/// Plug-ins must not keep per-execution state in statics because instances are cached and shared
/// across threads; this memo keeps none: it maps an exact input text to the pure result of parsing
/// it (the policy, or the same list of problems), which is valid for any execution. It holds the
/// last few texts only, so a changed environment variable simply becomes a new entry.
/// </summary>
public static class HandoverPolicyMemo
{
    private const int Capacity = 4;

    // Replaced as a whole, never mutated: readers need no lock.
    private static volatile Entry[] entries = Array.Empty<Entry>();

    private static readonly object WriteLock = new();

    /// <summary>The policy for <paramref name="json"/>; throws <see cref="HandoverPolicyException"/> (every time) when it is invalid.</summary>
    public static HandoverPolicy Parse(string json)
    {
        if (json is null)
        {
            throw new ArgumentNullException(nameof(json));
        }

        var entry = Find(entries, json) ?? Add(json);
        if (entry.Policy is not null)
        {
            return entry.Policy;
        }

        throw new HandoverPolicyException(entry.Problems!);
    }

    private static Entry? Find(Entry[] current, string json)
    {
        foreach (var entry in current)
        {
            if (ReferenceEquals(entry.Text, json) || string.Equals(entry.Text, json, StringComparison.Ordinal))
            {
                return entry;
            }
        }

        return null;
    }

    private static Entry Add(string json)
    {
        Entry parsed;
        try
        {
            parsed = new Entry(json, HandoverPolicy.Parse(json), null);
        }
        catch (HandoverPolicyException invalid)
        {
            parsed = new Entry(json, null, invalid.Problems);
        }

        lock (WriteLock)
        {
            var current = entries;
            var existing = Find(current, json);
            if (existing is not null)
            {
                return existing;
            }

            var length = Math.Min(current.Length + 1, Capacity);
            var next = new Entry[length];
            next[0] = parsed;
            Array.Copy(current, 0, next, 1, length - 1);
            entries = next;
            return parsed;
        }
    }

    private sealed class Entry
    {
        public Entry(string text, HandoverPolicy? policy, IReadOnlyList<string>? problems)
        {
            Text = text;
            Policy = policy;
            Problems = problems;
        }

        public string Text { get; }

        public HandoverPolicy? Policy { get; }

        public IReadOnlyList<string>? Problems { get; }
    }
}
