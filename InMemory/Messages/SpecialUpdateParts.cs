using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.InMemory.Messages;

/// <summary>
/// How the platform splits one Update into separate operations, exactly as "Behavior of specialized update operations"
/// states (https://learn.microsoft.com/power-apps/developer/data-platform/special-update-operation-behavior):
/// an update with state/status columns plus other columns runs PreOperation/PostOperation Update plug-ins once for the
/// other columns and then once for the state/status columns; on business-owned tables (SystemUser, BusinessUnit,
/// Equipment, Team) an update with owner columns (business unit, manager) plus other columns runs them once for the
/// non-owner columns and then once for the owner columns. The page says nothing of <c>ownerid</c> on user-owned
/// tables, so such an update stays one operation here.
/// </summary>
internal static class SpecialUpdateParts
{
    private static readonly string[] StateColumns = ["statecode", "statuscode"];

    private static readonly Dictionary<string, string[]> OwnerColumnsByTable = new(StringComparer.Ordinal)
    {
        ["systemuser"] = ["businessunitid", "parentsystemuserid"],
        ["businessunit"] = ["parentbusinessunitid"],
        ["team"] = ["businessunitid"],
        ["equipment"] = ["businessunitid"],
    };

    public static IReadOnlyList<ParameterCollection> Split(ParameterCollection inputs, string? primaryIdAttribute)
    {
        if (!inputs.TryGetValue("Target", out var value) || value is not Entity target)
        {
            return [inputs];
        }

        var ownerColumns = OwnerColumnsByTable.TryGetValue(target.LogicalName, out var columns) ? columns : [];
        var columnsOfTarget = target.Attributes.Keys.Where(key => !string.Equals(key, primaryIdAttribute, StringComparison.Ordinal)).ToList();
        var groups = new[]
        {
            columnsOfTarget.Where(key => !StateColumns.Contains(key) && !ownerColumns.Contains(key)).ToList(),
            columnsOfTarget.Where(ownerColumns.Contains).ToList(),
            columnsOfTarget.Where(StateColumns.Contains).ToList(),
        }.Where(group => group.Count > 0).ToList();

        if (groups.Count <= 1)
        {
            return [inputs];
        }

        return groups.Select(group => PartOf(inputs, target, group, primaryIdAttribute)).ToList();
    }

    private static ParameterCollection PartOf(ParameterCollection inputs, Entity target, List<string> columns, string? primaryIdAttribute)
    {
        var part = new ParameterCollection();
        foreach (var parameter in inputs)
        {
            part[parameter.Key] = parameter.Value;
        }

        var entity = new Entity(target.LogicalName, target.Id) { RowVersion = target.RowVersion };
        if (primaryIdAttribute is not null && target.Attributes.TryGetValue(primaryIdAttribute, out var id))
        {
            entity[primaryIdAttribute] = id;
        }

        foreach (var column in columns)
        {
            entity[column] = target[column];
        }

        part["Target"] = entity;
        return part;
    }
}
