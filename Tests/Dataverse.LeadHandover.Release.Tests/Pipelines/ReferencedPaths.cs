using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Dataverse.LeadHandover.Release.Tests.Repository;

namespace Dataverse.LeadHandover.Release.Tests.Pipelines;

/// <summary>
/// The repository paths a pipeline text names, and whether each exists. A path cut short by an expression or a
/// placeholder (<c>Solution/deploymentsettings/${{ parameters.x }}.json</c>, <c>infra/parameters/&lt;env&gt;</c>) is
/// checked up to its folder; build output (<c>Plugins/bin/Release/…</c>) is checked as the project that produces it.
/// </summary>
internal static partial class ReferencedPaths
{
    public static IReadOnlyList<(string Path, bool IsPrefix)> In(string text) =>
        RepositoryPath().Matches(text)
            .Select(m => (m.Value, IsPrefix: CutShort().IsMatch(text[(m.Index + m.Length)..])))
            .Distinct()
            .ToList();

    /// <summary>Why the path does not resolve in the repository, or null when it does.</summary>
    public static string? Problem(string path, bool isPrefix, Func<string, bool> fileExists, Func<string, bool> folderExists)
    {
        var buildOutput = BuildOutput().Match(path);
        if (buildOutput.Success)
        {
            var project = buildOutput.Groups["project"].Value;
            return folderExists(project) ? null : $"{path}: no project folder {project} builds it";
        }

        if (path.Contains('*', StringComparison.Ordinal) || isPrefix)
        {
            var folder = path.Contains('*', StringComparison.Ordinal) ? path[..path.IndexOf('*', StringComparison.Ordinal)] : path;
            folder = folder[..(folder.LastIndexOf('/') + 1)].TrimEnd('/');
            return folder.Length == 0 || folderExists(folder) ? null : $"{path}: folder {folder} does not exist";
        }

        return fileExists(path) || folderExists(path.TrimEnd('/')) ? null : $"{path}: does not exist";
    }

    public static string? Problem(string path, bool isPrefix) =>
        Problem(path, isPrefix, p => File.Exists(RepositoryRoot.Combine(p)), p => Directory.Exists(RepositoryRoot.Combine(p)));

    [GeneratedRegex(@"(?<![\w.-])(?:(?:Solution|Plugins|Functions|Domain|Compat|InMemory|Sandbox|Tests|tools|scripts|infra|pipelines|docs|\.github)/[\w.*/-]*[\w*/]|[\w.-]+\.sln\b|global\.json\b)")]
    private static partial Regex RepositoryPath();

    /// <summary>The path goes on as an expression or placeholder, possibly after a dot: <c>serviceendpoints.&lt;env&gt;.json</c>.</summary>
    [GeneratedRegex(@"^\.?[<$({]")]
    private static partial Regex CutShort();

    [GeneratedRegex(@"^(?<project>[\w./-]+?)/(bin|obj)/")]
    private static partial Regex BuildOutput();
}
