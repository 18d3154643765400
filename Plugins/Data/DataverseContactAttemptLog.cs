using System;
using System.Collections.Generic;
using Dataverse.LeadHandover.Plugins.FollowUp;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.LeadHandover.Plugins.Data;

/// <summary>
/// One named-column query per activity table (four in all). An attempt's time is its actual end, or when it was
/// last saved when nobody recorded one.
/// </summary>
public sealed class DataverseContactAttemptLog : IContactAttemptLog
{
    private readonly IOrganizationService _service;

    public DataverseContactAttemptLog(IOrganizationService service) =>
        _service = service ?? throw new ArgumentNullException(nameof(service));

    public IReadOnlyList<DateTime> CompletedRegarding(Guid leadId)
    {
        var attempts = new List<DateTime>();
        foreach (var table in ActivityTables.ContactAttempts)
        {
            var query = new QueryExpression(table) { ColumnSet = new ColumnSet(ActivityTables.ActualEnd, ActivityTables.ModifiedOn) };
            query.Criteria.AddCondition(ActivityTables.RegardingObjectId, ConditionOperator.Equal, leadId);
            query.Criteria.AddCondition(ActivityTables.StateCode, ConditionOperator.Equal, ActivityTables.CompletedState);
            foreach (var row in _service.RetrieveMultiple(query).Entities)
            {
                var at = row.GetAttributeValue<DateTime?>(ActivityTables.ActualEnd) ?? row.GetAttributeValue<DateTime?>(ActivityTables.ModifiedOn);
                if (at is DateTime value)
                {
                    attempts.Add(DateTime.SpecifyKind(value, DateTimeKind.Utc));
                }
            }
        }

        attempts.Sort();
        return attempts;
    }
}
