using System;
using System.Collections.Generic;

namespace Dataverse.LeadHandover.Plugins.Data;

/// <summary>The security role names a user holds directly.</summary>
public interface ICallerRoles
{
    IReadOnlyList<string> RoleNamesOf(Guid userId);
}
