using System;
using System.IO;

namespace Dataverse.LeadHandover.Sandbox.Tests.Support;

/// <summary>The repository the tests run in, found from the test assembly's folder.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "Dataverse.LeadHandover.sln")))
            {
                return folder.FullName;
            }
        }

        throw new DirectoryNotFoundException("The tests run from inside the Dataverse.LeadHandover repository.");
    }
}
