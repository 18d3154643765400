using System;
using System.Collections.Generic;

namespace Dataverse.LeadHandover.Plugins.Mapping;

/// <summary>
/// Splits the lists people type into one text column (a rep's segments, territories and skills, a lead's product
/// interests) into trimmed entries. Commas are what the column descriptions ask for; semicolons and new lines are
/// accepted too, because pasted lists arrive with them and a rep or lead should not silently match nothing.
/// </summary>
public static class RoutingTermList
{
    private static readonly char[] Separators = { ',', ';', '\n' };

    public static IReadOnlyList<string> Split(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Array.Empty<string>();
        }

        var entries = new List<string>();
        foreach (var part in text!.Split(Separators, StringSplitOptions.RemoveEmptyEntries))
        {
            var entry = part.Trim();
            if (entry.Length > 0)
            {
                entries.Add(entry);
            }
        }

        return entries;
    }
}
