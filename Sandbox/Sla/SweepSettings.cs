using System;
using System.Linq;
using System.Text.Json;
using Dataverse.LeadHandover.Domain.Schema;
using Dataverse.LeadHandover.Domain.Sla;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.LeadHandover.Sandbox.Sla;

/// <summary>
/// The escalation ladder in force: the <c>lh_SweepSettings</c> environment variable's current value, else its
/// default, read as the sweep will read it (<c>reminderAfterPercent</c>, <c>escalateAfterPercent</c>,
/// <c>reassignAfterPercent</c>).
/// </summary>
internal static class SweepSettings
{
    public static EscalationLadder Ladder(IOrganizationService system)
    {
        ArgumentNullException.ThrowIfNull(system);
        var query = new QueryExpression("environmentvariabledefinition") { ColumnSet = new ColumnSet("defaultvalue") };
        query.Criteria.AddCondition("schemaname", ConditionOperator.Equal, EnvironmentVariableNames.SweepSettings);
        var definition = system.RetrieveMultiple(query).Entities.FirstOrDefault();
        var values = new QueryExpression("environmentvariablevalue") { ColumnSet = new ColumnSet("value") };
        values.Criteria.AddCondition("schemaname", ConditionOperator.Equal, EnvironmentVariableNames.SweepSettings);
        var json = system.RetrieveMultiple(values).Entities.Select(row => row.GetAttributeValue<string>("value")).FirstOrDefault(text => !string.IsNullOrWhiteSpace(text))
            ?? definition?.GetAttributeValue<string>("defaultvalue");
        if (string.IsNullOrWhiteSpace(json))
        {
            return EscalationLadder.Default;
        }

        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        return EscalationLadder.FromPercents(
            Percent(root, "reminderAfterPercent", 50),
            Percent(root, "escalateAfterPercent", 100),
            Percent(root, "reassignAfterPercent", 200));
    }

    private static int Percent(JsonElement root, string name, int fallback) =>
        root.TryGetProperty(name, out var value) && value.TryGetInt32(out var percent) ? percent : fallback;
}
