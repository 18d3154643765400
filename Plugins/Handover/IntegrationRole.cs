using System;
using Dataverse.LeadHandover.Plugins.Data;

namespace Dataverse.LeadHandover.Plugins.Handover;

/// <summary>
/// The least-privilege role of the Functions app's application user. Its holder may take back a handover that was
/// not acknowledged in time (the SLA sweep's reassignment step), which a rep or manager records as a rejection.
/// </summary>
public static class IntegrationRole
{
    public const string Name = "Lead Handover Integration";

    public static bool IsHeldBy(ICallerRoles roles, Guid userId) => RoleMembership.Holds(roles, userId, Name);
}
