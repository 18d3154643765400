using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Dataverse.LeadHandover.Release.Tests.Repository;

namespace Dataverse.LeadHandover.Release.Tests.Infrastructure;

/// <summary>
/// The settings the Functions app binds, read from the option classes' source in Functions/Options/ (section
/// constant, properties, [Required], and the "Secret:" their documentation starts with), so the Bicep app settings
/// are checked against the names the code really reads without building the Functions app.
/// </summary>
internal static partial class FunctionOptionsSource
{
    public const string Folder = "Functions/Options";

    public static IReadOnlyList<FunctionSetting> Settings => ReleaseFiles.Find(Folder, "*Options.cs").SelectMany(Read).ToList();

    private static IEnumerable<FunctionSetting> Read(string path)
    {
        var source = ReleaseFiles.Read(path);
        var section = SectionName().Match(source);
        if (!section.Success)
        {
            yield break;
        }

        foreach (Match property in Property().Matches(source))
        {
            var documentation = property.Groups["doc"].Value;
            var attributes = property.Groups["attributes"].Value;
            yield return new FunctionSetting(
                section.Groups["name"].Value + "__" + property.Groups["name"].Value,
                IsRequired: attributes.Contains("[Required", StringComparison.Ordinal),
                IsSecret: SecretDocumentation().IsMatch(documentation),
                Source: Path.GetFileName(path));
        }
    }

    [GeneratedRegex(@"public const string SectionName = ""(?<name>\w+)"";")]
    private static partial Regex SectionName();

    [GeneratedRegex(@"(?<doc>(?:[ \t]*///[^\n]*\n)*)(?<attributes>(?:[ \t]*\[[^\n]*\]\s*\n)*)[ \t]*public\s+[\w?<>\[\]]+\s+(?<name>\w+)\s*\{\s*get;\s*set;\s*\}")]
    private static partial Regex Property();

    [GeneratedRegex(@"<summary>\s*(Secret:|[^<]*\(secret\))")]
    private static partial Regex SecretDocumentation();
}
