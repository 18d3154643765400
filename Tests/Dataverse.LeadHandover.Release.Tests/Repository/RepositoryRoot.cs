using System;
using System.IO;

namespace Dataverse.LeadHandover.Release.Tests.Repository;

/// <summary>
/// The repository the tests run in, found by walking up from the test assembly to the folder that holds the
/// solution file, so the tests read the files being committed rather than copies in bin/.
/// </summary>
internal static class RepositoryRoot
{
    private const string Marker = "Dataverse.LeadHandover.sln";

    private static readonly Lazy<string> Found = new(() => Find(AppContext.BaseDirectory));

    public static string FullPath => Found.Value;

    public static string Find(string start)
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, Marker)))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No folder above '{start}' holds {Marker}.");
    }

    /// <summary>An absolute path from a repository-relative one written with forward slashes.</summary>
    public static string Combine(string relativePath) =>
        Path.Combine(FullPath, relativePath.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>The repository-relative form (forward slashes) of an absolute path inside the repository.</summary>
    public static string Relative(string absolutePath) =>
        Path.GetRelativePath(FullPath, absolutePath).Replace(Path.DirectorySeparatorChar, '/');
}
