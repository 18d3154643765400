using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.LeadHandover.Plugins.Data;

/// <summary>
/// Reads an environment variable the way Dataverse stores it: the definition's default value, overridden by
/// the environment's current value when one exists
/// (https://learn.microsoft.com/power-apps/maker/data-platform/environmentvariables).
/// </summary>
public sealed class EnvironmentVariableReader
{
    private const string DefinitionTable = "environmentvariabledefinition";
    private const string ValueTable = "environmentvariablevalue";
    private const string DefinitionId = "environmentvariabledefinitionid";
    private const string ValueAlias = "current";
    private readonly IOrganizationService _service;

    public EnvironmentVariableReader(IOrganizationService service) =>
        _service = service ?? throw new ArgumentNullException(nameof(service));

    /// <summary>The value in force, or null when the definition does not exist at all.</summary>
    public EnvironmentVariableValue? Read(string schemaName)
    {
        var query = new QueryExpression(DefinitionTable)
        {
            ColumnSet = new ColumnSet("schemaname", "defaultvalue"),
            TopCount = 1,
        };
        query.Criteria.AddCondition("schemaname", ConditionOperator.Equal, schemaName);
        var current = query.AddLink(ValueTable, DefinitionId, DefinitionId, JoinOperator.LeftOuter);
        current.EntityAlias = ValueAlias;
        current.Columns = new ColumnSet("value");

        var rows = _service.RetrieveMultiple(query).Entities;
        if (rows.Count == 0)
        {
            return null;
        }

        var row = rows[0];
        var value = row.GetAttributeValue<AliasedValue>(ValueAlias + ".value")?.Value as string;
        return new EnvironmentVariableValue(schemaName, value ?? row.GetAttributeValue<string>("defaultvalue"), value is not null);
    }
}
