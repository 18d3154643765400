using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace Dataverse.LeadHandover.Release.Tests.Secrets;

/// <summary>
/// Finds literals that look like credentials in release files: private keys, storage and Service Bus keys, SAS and
/// workflow signatures, tokens, and random-looking values given to secret-named keys. References to a secret store
/// (<c>$(…)</c>, <c>${{ secrets.… }}</c>, <c>readEnvironmentVariable(…)</c>, names and GUIDs) are not secrets.
/// </summary>
internal static partial class SecretScanner
{
    /// <summary>Each finding as "line n: rule", never echoing the value itself.</summary>
    public static IReadOnlyList<string> Findings(string text)
    {
        var findings = new List<string>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            foreach (var (rule, pattern) in Rules)
            {
                if (pattern.IsMatch(line))
                {
                    findings.Add($"line {i + 1}: {rule}");
                }
            }

            foreach (Match assignment in SecretNamedAssignment().Matches(line))
            {
                if (LooksRandom(assignment.Groups["value"].Value))
                {
                    findings.Add($"line {i + 1}: literal value for '{assignment.Groups["key"].Value}'");
                }
            }
        }

        return findings;
    }

    private static readonly (string Rule, Regex Pattern)[] Rules =
    [
        ("private key", PrivateKey()),
        ("storage or Service Bus key", AccountKey()),
        ("SAS or workflow signature", Signature()),
        ("JSON web token", JsonWebToken()),
        ("long base64 literal", LongBase64()),
    ];

    private static bool LooksRandom(string value)
    {
        var trimmed = value.Trim('\'', '"');
        if (trimmed.Length < 16 || Reference().IsMatch(trimmed) || Guid.TryParse(trimmed, out _))
        {
            return false;
        }

        return trimmed.Any(char.IsDigit) && trimmed.Any(char.IsLetter);
    }

    [GeneratedRegex(@"-----BEGIN [A-Z ]*PRIVATE KEY-----")]
    private static partial Regex PrivateKey();

    [GeneratedRegex(@"(AccountKey|SharedAccessKey)=[A-Za-z0-9+/]{20,}")]
    private static partial Regex AccountKey();

    [GeneratedRegex(@"[?&](sig|code)=[A-Za-z0-9%_\-]{16,}")]
    private static partial Regex Signature();

    [GeneratedRegex(@"eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\.")]
    private static partial Regex JsonWebToken();

    [GeneratedRegex(@"(?<![\w+/])(?=[A-Za-z0-9+/]*[a-z])(?=[A-Za-z0-9+/]*[A-Z])(?=[A-Za-z0-9+/]*[0-9])[A-Za-z0-9+/]{40,}={0,2}(?![\w+/])")]
    private static partial Regex LongBase64();

    [GeneratedRegex(@"(?i)(?<key>[\w.-]*(secret|password|passwd|pwd|token|sharedkey|signingkey|apikey|accesskey)[\w.-]*)['""]?\s*[:=]\s*(?<value>'[^']*'|""[^""]*""|[^\s,;)]+)")]
    private static partial Regex SecretNamedAssignment();

    /// <summary>Expressions and member paths (<c>keyVault.outputs.x</c>) that point at a secret without holding it.</summary>
    [GeneratedRegex(@"^(\$|@|readEnvironmentVariable|secrets\.|vars\.|env\.|[A-Za-z_]\w*(\.[A-Za-z_]\w*)+$|[\w.-]*\(|<)")]
    private static partial Regex Reference();
}
