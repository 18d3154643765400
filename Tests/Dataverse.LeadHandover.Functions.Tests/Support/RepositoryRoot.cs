using System;
using System.IO;

namespace Dataverse.LeadHandover.Functions.Tests.Support;

/// <summary>The repository the tests run in: the folder above the test assembly that holds the solution file.</summary>
internal static class RepositoryRoot
{
    private const string Marker = "Dataverse.LeadHandover.sln";

    private static readonly Lazy<string> Found = new(() => Find(AppContext.BaseDirectory));

    public static string FullPath => Found.Value;

    public static string Combine(params string[] parts) => Path.Combine([FullPath, .. parts]);

    private static string Find(string start)
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
}
