using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace Dataverse.LeadHandover.Release.Tests.Pipelines;

/// <summary>
/// What a step says once template values are filled in and the scripts it runs are read, so that a deployment
/// hidden in pipelines/scripts/deploy-infrastructure.sh still counts as a deployment.
/// </summary>
internal static partial class StepText
{
    /// <summary>Replaces <c>${{ parameters.x }}</c> (Azure Pipelines) or <c>${{ inputs.x }}</c> (GitHub) with known values.</summary>
    public static string Substitute(string text, string scope, IReadOnlyDictionary<string, string> values) =>
        values.Count == 0
            ? text
            : Expression().Replace(text, match =>
                string.Equals(match.Groups["scope"].Value, scope, StringComparison.Ordinal) && values.TryGetValue(match.Groups["name"].Value, out var value)
                    ? value
                    : match.Value);

    /// <summary>The content of every pipelines/scripts/ file the step text names, each after a "# path" line.</summary>
    public static string ScriptsNamedIn(string text, Func<string, string?> readFile)
    {
        var withScripts = new StringBuilder();
        foreach (var script in ScriptPath().Matches(text).Select(m => m.Value).Distinct(StringComparer.Ordinal))
        {
            var content = readFile(script);
            if (content is not null)
            {
                withScripts.AppendLine().Append("# ").AppendLine(script).AppendLine(content);
            }
        }

        return withScripts.ToString();
    }

    /// <summary>The step name from an Azure Pipelines task reference: publisher and extension prefix and version removed.</summary>
    public static string TaskName(string task)
    {
        var withoutVersion = task.Split('@')[0];
        return withoutVersion[(withoutVersion.LastIndexOf('.') + 1)..];
    }

    /// <summary>The action of a GitHub <c>uses:</c> without its version.</summary>
    public static string ActionName(string uses) => uses.Split('@')[0];

    [GeneratedRegex(@"\$\{\{\s*(?<scope>parameters|inputs)\.(?<name>[\w-]+)\s*\}\}")]
    private static partial Regex Expression();

    [GeneratedRegex(@"pipelines/scripts/[\w.-]+")]
    private static partial Regex ScriptPath();
}
