using System;
using System.Collections.Generic;
using Dataverse.LeadHandover.Sandbox.Organization;
using Dataverse.LeadHandover.Sandbox.Teams;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.Sandbox.Persistence;

/// <summary>
/// Everything a sandbox needs to carry on where it stopped: the organization's rows (with the ids the platform gave
/// its SYSTEM user and root business unit, which a new organization gives afresh), the sandbox time, the users the
/// sandbox itself created, the link signing key (so links in saved cards still work) and the Teams posts.
/// </summary>
internal sealed record SandboxState(
    DateTimeOffset Clock,
    Guid SystemUserId,
    Guid RootBusinessUnitId,
    SandboxUsers Users,
    string LinkSigningKey,
    IReadOnlyList<TeamsPost> TeamsPosts,
    IReadOnlyList<Entity> Rows)
{
    /// <summary>Raised when the file's shape changes; an older file is then refused rather than half-read.</summary>
    public const int Format = 1;
}
