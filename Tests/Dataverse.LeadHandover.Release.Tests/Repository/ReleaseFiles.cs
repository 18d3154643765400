using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Dataverse.LeadHandover.Release.Tests.Repository;

/// <summary>The files of the release machinery, as repository-relative paths.</summary>
internal static class ReleaseFiles
{
    /// <summary>The two release pipelines whose order of steps is checked.</summary>
    public const string AzureDevOpsRelease = "pipelines/release.yml";

    public const string GitHubRelease = ".github/workflows/release.yml";

    /// <summary>Every Azure Pipelines file: the pipelines at the folder's root and their templates.</summary>
    public static IReadOnlyList<string> AzureDevOpsYaml => Find("pipelines", "*.yml");

    public static IReadOnlyList<string> GitHubWorkflows => Find(".github/workflows", "*.yml");

    public static IReadOnlyList<string> AllYaml => [.. AzureDevOpsYaml, .. GitHubWorkflows];

    /// <summary>The scripts the pipelines run (pipelines/scripts/).</summary>
    public static IReadOnlyList<string> PipelineScripts => Find("pipelines/scripts", "*");

    public static IReadOnlyList<string> BicepFiles => [.. Find("infra", "*.bicep"), .. Find("infra", "*.bicepparam")];

    /// <summary>The parameter files, one per environment, by environment name.</summary>
    public static IReadOnlyDictionary<string, string> BicepParameterFiles =>
        Find("infra/parameters", "*.bicepparam").ToDictionary(p => Path.GetFileNameWithoutExtension(p), StringComparer.Ordinal);

    public static string Read(string relativePath) => File.ReadAllText(RepositoryRoot.Combine(relativePath));

    public static IReadOnlyList<string> Find(string folder, string pattern)
    {
        var absolute = RepositoryRoot.Combine(folder);
        return Directory.Exists(absolute)
            ? Directory.GetFiles(absolute, pattern, SearchOption.AllDirectories).Select(RepositoryRoot.Relative).Order(StringComparer.Ordinal).ToList()
            : [];
    }
}
