using System;
using System.IO;

namespace Dataverse.LeadHandover.Sandbox.Organization;

/// <summary>
/// Where the sandbox finds what it loads at run time: the solution source, the post-deployment webhook step, its web
/// assets and its state file. The sandbox runs from inside the repository, as the README's command does.
/// </summary>
internal sealed class RepositoryLayout
{
    private const string SolutionFile = "Dataverse.LeadHandover.sln";

    private RepositoryLayout(string root) => Root = root;

    public string Root { get; }

    /// <summary>The unpacked solution: tables, environment variables, custom APIs and plug-in steps.</summary>
    public string SolutionSource => Path.Combine(Root, "Solution", "src");

    /// <summary>The webhook step, registered after import because it cannot travel in the solution.</summary>
    public string WebhookSteps => Path.Combine(Root, "Solution", "postdeployment", "webhook-steps.json");

    /// <summary>The service endpoint settings of the development environment (the header the webhook key travels in).</summary>
    public string ServiceEndpoints => Path.Combine(Root, "Solution", "postdeployment", "serviceendpoints.dev.json");

    public string WebRoot => Path.Combine(Root, "Sandbox", "wwwroot");

    /// <summary>The default state file, git-ignored.</summary>
    public string DefaultStateFile => Path.Combine(Root, ".sandbox", "state.json");

    public static RepositoryLayout Find()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, SolutionFile)) && Directory.Exists(Path.Combine(folder.FullName, "Solution", "src")))
                {
                    return new RepositoryLayout(folder.FullName);
                }
            }
        }

        throw new DirectoryNotFoundException("Run the sandbox from inside the Dataverse.LeadHandover repository: it loads the solution from Solution/src.");
    }
}
