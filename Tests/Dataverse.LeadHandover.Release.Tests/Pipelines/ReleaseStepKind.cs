using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace Dataverse.LeadHandover.Release.Tests.Pipelines;

/// <summary>What a step does, as far as the release rules care.</summary>
internal static partial class ReleaseStepKind
{
    private static readonly HashSet<string> PackTasks = new(StringComparer.Ordinal)
    {
        "PowerPlatformPackSolution", "ArchiveFiles", "PublishPipelineArtifact", "PublishBuildArtifacts",
    };

    private static readonly HashSet<string> DeployTasks = new(StringComparer.Ordinal)
    {
        "PowerPlatformImportSolution", "AzureFunctionApp", "AzureResourceManagerTemplateDeployment", "AzureWebApp",
    };

    private static readonly HashSet<string> PackActions = new(StringComparer.OrdinalIgnoreCase)
    {
        "microsoft/powerplatform-actions/pack-solution", "actions/upload-artifact",
    };

    private static readonly HashSet<string> DeployActions = new(StringComparer.OrdinalIgnoreCase)
    {
        "microsoft/powerplatform-actions/import-solution", "Azure/functions-action", "azure/arm-deploy", "azure/webapps-deploy",
    };

    public static bool IsReleaseGuard(PipelineStep step) => step.Everything.Contains("tools/ReleaseGuard", StringComparison.Ordinal);

    public static bool IsOfficialBuild(PipelineStep step) => DotnetCommands(step).Any(c => c.Verb == "build" && c.IsOfficial);

    /// <summary>Makes something deployable: packs the solution, zips the Functions, publishes an artifact.</summary>
    public static bool IsPack(PipelineStep step) =>
        PackTasks.Contains(step.Name) || PackActions.Contains(step.Name) || PackScript().IsMatch(step.Everything);

    /// <summary>Changes an environment: imports a solution, deploys code or infrastructure.</summary>
    public static bool IsDeploy(PipelineStep step) =>
        DeployTasks.Contains(step.Name) || DeployActions.Contains(step.Name) || DeployScript().IsMatch(step.Everything);

    /// <summary>Every <c>dotnet restore|build|test|publish|pack</c> command line in the step, continuation lines joined.</summary>
    public static IReadOnlyList<(string Verb, string CommandLine, bool IsOfficial)> DotnetCommands(PipelineStep step)
    {
        var commands = new List<(string, string, bool)>();
        var lines = step.Everything.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var match = DotnetCommand().Match(lines[i]);
            if (!match.Success)
            {
                continue;
            }

            var commandLine = lines[i][match.Index..].TrimEnd();
            while ((commandLine.EndsWith('\\') || commandLine.EndsWith('`')) && i + 1 < lines.Length)
            {
                commandLine = commandLine[..^1] + " " + lines[++i].Trim();
            }

            commands.Add((match.Groups["verb"].Value, commandLine, commandLine.Contains("-p:DataverseSdk=Official", StringComparison.Ordinal)));
        }

        return commands;
    }

    [GeneratedRegex(@"\bdotnet\s+(?<verb>restore|build|test|publish|pack)\b")]
    private static partial Regex DotnetCommand();

    [GeneratedRegex(@"\bzip\s+-|Compress-Archive|pac\s+solution\s+pack")]
    private static partial Regex PackScript();

    [GeneratedRegex(@"az\s+deployment\s+(group|sub|mg|tenant)\s+create|pac\s+solution\s+import|config-zip")]
    private static partial Regex DeployScript();
}
