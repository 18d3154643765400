using System;
using System.Collections.Generic;
using Dataverse.LeadHandover.Domain.Schema;
using Dataverse.LeadHandover.Plugins.Handover;
using Dataverse.LeadHandover.Plugins.Mapping;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.LeadHandover.Plugins.Data;

/// <summary>Reads the ledger with named columns; queries rather than Retrieve, so a missing row is an answer and not a fault.</summary>
public sealed class DataverseHandoverLedger : IHandoverLedger
{
    private readonly IOrganizationService _service;

    public DataverseHandoverLedger(IOrganizationService service) =>
        _service = service ?? throw new ArgumentNullException(nameof(service));

    public HandoverRow? Find(Guid handoverId)
    {
        var query = Query();
        query.TopCount = 1;
        query.Criteria.AddCondition(HandoverSchema.HandoverId, ConditionOperator.Equal, handoverId);
        return First(query);
    }

    public IReadOnlyList<HandoverRow> OpenFor(Guid leadId)
    {
        var query = Query();
        query.Criteria.AddCondition(HandoverSchema.LeadId, ConditionOperator.Equal, leadId);
        query.Criteria.AddCondition(HandoverSchema.HandoverStatus, ConditionOperator.In, HandoverStatus.Awaiting, HandoverStatus.Acknowledged);
        query.AddOrder(HandoverSchema.AssignedOn, OrderType.Ascending);
        var rows = new List<HandoverRow>();
        foreach (var row in _service.RetrieveMultiple(query).Entities)
        {
            rows.Add(HandoverRowMapper.FromRow(row));
        }

        return rows;
    }

    public IReadOnlyCollection<Guid> RepsWhoGaveItBack(Guid leadId)
    {
        var query = new QueryExpression(HandoverSchema.EntityName) { ColumnSet = new ColumnSet(HandoverSchema.RepId) };
        query.Criteria.AddCondition(HandoverSchema.LeadId, ConditionOperator.Equal, leadId);
        // A rep who rejected the lead, or let it expire unacknowledged, is not offered it again.
        query.Criteria.AddCondition(HandoverSchema.HandoverStatus, ConditionOperator.In, HandoverStatus.Rejected, HandoverStatus.Expired);
        var reps = new HashSet<Guid>();
        foreach (var row in _service.RetrieveMultiple(query).Entities)
        {
            if (row.GetAttributeValue<EntityReference>(HandoverSchema.RepId) is { } rep)
            {
                reps.Add(rep.Id);
            }
        }

        return reps;
    }

    public HandoverRow? NextAfter(HandoverRow handover)
    {
        if (handover is null)
        {
            throw new ArgumentNullException(nameof(handover));
        }

        if (handover.LeadId is not Guid leadId || handover.AssignedOn is not DateTime assignedOn)
        {
            return null;
        }

        var query = Query();
        query.TopCount = 1;
        query.Criteria.AddCondition(HandoverSchema.LeadId, ConditionOperator.Equal, leadId);
        query.Criteria.AddCondition(HandoverSchema.HandoverId, ConditionOperator.NotEqual, handover.Id);
        query.Criteria.AddCondition(HandoverSchema.AssignedOn, ConditionOperator.GreaterEqual, assignedOn);
        query.AddOrder(HandoverSchema.AssignedOn, OrderType.Ascending);
        query.AddOrder("createdon", OrderType.Ascending);
        return First(query);
    }

    public DateTime? LastAssignmentOf(Guid repId, Guid excludingHandoverId)
    {
        var query = new QueryExpression(HandoverSchema.EntityName) { ColumnSet = new ColumnSet(HandoverSchema.AssignedOn), TopCount = 1 };
        query.Criteria.AddCondition(HandoverSchema.RepId, ConditionOperator.Equal, repId);
        query.Criteria.AddCondition(HandoverSchema.HandoverId, ConditionOperator.NotEqual, excludingHandoverId);
        query.Criteria.AddCondition(HandoverSchema.HandoverStatus, ConditionOperator.NotEqual, HandoverStatus.Rejected);
        query.AddOrder(HandoverSchema.AssignedOn, OrderType.Descending);
        var rows = _service.RetrieveMultiple(query).Entities;
        return rows.Count == 0 ? null : RepProfileRowMapper.Utc(rows[0].GetAttributeValue<DateTime?>(HandoverSchema.AssignedOn));
    }

    private static QueryExpression Query()
    {
        var columns = new string[HandoverRowMapper.Columns.Count];
        for (var i = 0; i < columns.Length; i++)
        {
            columns[i] = HandoverRowMapper.Columns[i];
        }

        return new QueryExpression(HandoverSchema.EntityName) { ColumnSet = new ColumnSet(columns) };
    }

    private HandoverRow? First(QueryExpression query)
    {
        var rows = _service.RetrieveMultiple(query).Entities;
        return rows.Count == 0 ? null : HandoverRowMapper.FromRow(rows[0]);
    }
}
