using System;
using System.Linq;
using Dataverse.LeadHandover.Sandbox.Clock;
using Dataverse.LeadHandover.Sandbox.Metadata;
using Dataverse.LeadHandover.Sandbox.Organization;
using Dataverse.LeadHandover.Sandbox.Persistence;
using Dataverse.LeadHandover.Sandbox.Teams;

namespace Dataverse.LeadHandover.Sandbox.Hosting;

/// <summary>The running sandbox's parts that its endpoints share: one per host, registered as a singleton.</summary>
internal sealed record SandboxRuntime(
    SandboxOrganization Organization,
    SandboxClock Clock,
    SolutionMetadata Metadata,
    TeamsInbox Teams,
    RepositoryLayout Layout,
    string LinkSigningKey,
    Uri BaseUri)
{
    /// <summary>Tables the solution import writes on every start; saving their rows would pin an old solution.</summary>
    private static readonly string[] SolutionOwnedTables = ["environmentvariabledefinition"];

    /// <summary>What to save so the next start carries on from here.</summary>
    public SandboxState Capture()
    {
        var dataverse = Organization.Dataverse;
        return new SandboxState(
            Clock.GetUtcNow(),
            dataverse.SystemUserId,
            dataverse.RootBusinessUnitId,
            Organization.Users,
            LinkSigningKey,
            Teams.All,
            dataverse.Store.ExportRows().Where(row => !SolutionOwnedTables.Contains(row.LogicalName, StringComparer.Ordinal)).ToList());
    }
}
