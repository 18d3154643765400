using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.LeadHandover.Plugins.Data;

/// <summary>
/// Role names assigned directly to a user (systemuserroles). Roles inherited through team membership are
/// not considered: the bypass is meant for named migration and integration identities.
/// </summary>
public sealed class DataverseCallerRoles : ICallerRoles
{
    private readonly IOrganizationService _service;

    public DataverseCallerRoles(IOrganizationService service) =>
        _service = service ?? throw new ArgumentNullException(nameof(service));

    public IReadOnlyList<string> RoleNamesOf(Guid userId)
    {
        var query = new QueryExpression("role") { ColumnSet = new ColumnSet("name") };
        var assignment = query.AddLink("systemuserroles", "roleid", "roleid");
        assignment.LinkCriteria.AddCondition("systemuserid", ConditionOperator.Equal, userId);

        var names = new List<string>();
        foreach (var role in _service.RetrieveMultiple(query).Entities)
        {
            var name = role.GetAttributeValue<string>("name");
            if (name is not null)
            {
                names.Add(name);
            }
        }

        return names;
    }
}
