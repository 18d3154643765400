using System;
using System.IO;

namespace Dataverse.LeadHandover.Benchmarks.Sweep;

/// <summary>
/// The repository the benchmark runs in: the first folder above the running assembly (or, for a copy built
/// elsewhere, above the working directory) that holds the solution file.
/// </summary>
internal static class RepositoryFolder
{
    private const string Marker = "Dataverse.LeadHandover.sln";

    public static string Combine(params string[] parts)
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, Marker)))
                {
                    return Path.Combine([folder.FullName, .. parts]);
                }
            }
        }

        throw new InvalidOperationException("No folder above '" + AppContext.BaseDirectory + "' or the working directory holds " + Marker + ".");
    }
}
