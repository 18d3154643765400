using System;
using System.IO;

namespace Dataverse.LeadHandover.Solution.Tests.Source;

/// <summary>
/// The repository the tests run in, found by walking up from the test assembly to the folder that holds
/// the solution file, so the tests read the files being committed rather than copies in bin/.
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

    public static string Combine(params string[] parts) => Path.Combine([FullPath, .. parts]);
}
