using System;
using System.IO;

namespace Dataverse.LeadHandover.Tests.Hosting;

/// <summary>Finds files of this repository from the test assembly, so tests read the real Solution/ folder.</summary>
internal static class RepositoryPaths
{
    private static readonly Lazy<string> RootValue = new(FindRoot);

    public static string Root => RootValue.Value;

    public static string SolutionSource => Path.Combine(Root, "Solution", "src");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Dataverse.LeadHandover.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Could not find Dataverse.LeadHandover.sln above " + AppContext.BaseDirectory + ".");
    }
}
