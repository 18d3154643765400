using System;
using Dataverse.LeadHandover.Plugins.Data;

namespace Dataverse.LeadHandover.Plugins.Handover;

/// <summary>
/// The security role whose holders may choose a lead's owner, acknowledge for a rep and override the disqualify gate.
/// Held directly by the user (see <see cref="DataverseCallerRoles"/>), compared case-insensitively.
/// </summary>
public static class SalesManagerRole
{
    public const string Name = "Lead Handover Sales Manager";

    public static bool IsHeldBy(ICallerRoles roles, Guid userId) => RoleMembership.Holds(roles, userId, Name);
}
