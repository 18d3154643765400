using System.Collections.Generic;
using Dataverse.LeadHandover.InMemory.Store;

namespace Dataverse.LeadHandover.InMemory.SolutionSource;

/// <summary>
/// The columns the platform adds to every new table. Exports list them in Entity.xml, but a hand-written solution may
/// not; the Store writes several of them itself, so a typed table must accept them.
/// </summary>
internal static class SystemColumns
{
    public static void AddMissing(Dictionary<string, ColumnDefinition> columns, TableOwnership ownership)
    {
        Add(columns, "createdon", ColumnType.DateTime);
        Add(columns, "modifiedon", ColumnType.DateTime);
        Add(columns, "overriddencreatedon", ColumnType.DateTime);
        Add(columns, "createdby", ColumnType.Lookup, "systemuser");
        Add(columns, "modifiedby", ColumnType.Lookup, "systemuser");
        Add(columns, "createdonbehalfby", ColumnType.Lookup, "systemuser");
        Add(columns, "modifiedonbehalfby", ColumnType.Lookup, "systemuser");
        Add(columns, "versionnumber", ColumnType.BigInt);
        Add(columns, "importsequencenumber", ColumnType.Integer);
        Add(columns, "timezoneruleversionnumber", ColumnType.Integer);
        Add(columns, "utcconversiontimezonecode", ColumnType.Integer);
        Add(columns, "statecode", ColumnType.State);
        Add(columns, "statuscode", ColumnType.Status);
        if (ownership == TableOwnership.UserOrTeam)
        {
            Add(columns, "ownerid", ColumnType.Owner, "systemuser", "team");
            Add(columns, "owninguser", ColumnType.Lookup, "systemuser");
            Add(columns, "owningteam", ColumnType.Lookup, "team");
            Add(columns, "owningbusinessunit", ColumnType.Lookup, "businessunit");
        }
        else if (ownership == TableOwnership.Organization)
        {
            Add(columns, "organizationid", ColumnType.Lookup, "organization");
        }
    }

    private static void Add(Dictionary<string, ColumnDefinition> columns, string name, ColumnType type, params string[] targets)
    {
        if (!columns.ContainsKey(name))
        {
            columns[name] = new ColumnDefinition(name, type) { LookupTargets = targets };
        }
    }
}
