using System;
using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;

namespace Dataverse.LeadHandover.InMemory.Store.Values;

/// <summary>
/// SQL LIKE matching, which Dataverse's Like/NotLike operators use: <c>%</c> any run of characters,
/// <c>_</c> one character, <c>[abc]</c> / <c>[^abc]</c> one of (or none of) a set; case-insensitive,
/// as the default Dataverse collation is.
/// </summary>
internal static class SqlLikePattern
{
    private static readonly ConcurrentDictionary<string, Regex> Cache = new(StringComparer.Ordinal);

    /// <summary>Whether <paramref name="text"/> matches the LIKE <paramref name="pattern"/>.</summary>
    public static bool IsMatch(string text, string pattern) =>
        Cache.GetOrAdd(pattern, ToRegex).IsMatch(text);

    private static Regex ToRegex(string pattern)
    {
        var regex = new StringBuilder("^");
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            var closing = c == '[' ? pattern.IndexOf(']', i + 1) : -1;
            if (closing > i)
            {
                var set = pattern.Substring(i + 1, closing - i - 1).Replace("\\", "\\\\", StringComparison.Ordinal);
                regex.Append('[').Append(set).Append(']');
                i = closing;
                continue;
            }

            regex.Append(c switch
            {
                '%' => ".*",
                '_' => ".",
                _ => Regex.Escape(c.ToString()),
            });
        }

        return new Regex(regex.Append('$').ToString(), RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }
}
