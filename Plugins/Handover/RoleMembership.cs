using System;
using Dataverse.LeadHandover.Plugins.Data;

namespace Dataverse.LeadHandover.Plugins.Handover;

/// <summary>Whether a user holds a security role directly (see <see cref="DataverseCallerRoles"/>), compared case-insensitively.</summary>
public static class RoleMembership
{
    public static bool Holds(ICallerRoles roles, Guid userId, string roleName)
    {
        if (roles is null)
        {
            throw new ArgumentNullException(nameof(roles));
        }

        foreach (var role in roles.RoleNamesOf(userId))
        {
            if (string.Equals(role?.Trim(), roleName, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
