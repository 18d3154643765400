using System.Collections.Generic;
using System.IO;
using Dataverse.LeadHandover.Release.Tests.Repository;

namespace Dataverse.LeadHandover.Release.Tests.Pipelines;

/// <summary>The repository's own pipelines, read through the same readers the reader tests exercise.</summary>
internal static class RepositoryPipelines
{
    public static IReadOnlyList<PipelineJob> AzureDevOpsRelease => new AzurePipelineReader(ReadIfExists).Read(ReleaseFiles.AzureDevOpsRelease);

    public static IReadOnlyList<PipelineJob> GitHubRelease => new GitHubWorkflowReader(ReadIfExists).Read(ReleaseFiles.GitHubRelease);

    public static IReadOnlyList<PipelineJob> Read(string path) =>
        path.StartsWith(".github/", System.StringComparison.Ordinal)
            ? new GitHubWorkflowReader(ReadIfExists).Read(path)
            : new AzurePipelineReader(ReadIfExists).Read(path);

    public static string? ReadIfExists(string relativePath)
    {
        var absolute = RepositoryRoot.Combine(relativePath);
        return File.Exists(absolute) ? File.ReadAllText(absolute) : null;
    }
}
