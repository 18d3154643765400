using System;
using Dataverse.LeadHandover.Domain.Schema;
using Dataverse.LeadHandover.Plugins.Handover;
using Dataverse.LeadHandover.Plugins.Mapping;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.LeadHandover.Plugins.Data;

/// <summary>Reads the lead columns of <see cref="LeadForHandoverMapper.Columns"/>.</summary>
public sealed class DataverseLeadReader : ILeadReader
{
    private readonly IOrganizationService _service;

    public DataverseLeadReader(IOrganizationService service) =>
        _service = service ?? throw new ArgumentNullException(nameof(service));

    public LeadForHandover? Find(Guid leadId)
    {
        var columns = new string[LeadForHandoverMapper.Columns.Count];
        for (var i = 0; i < columns.Length; i++)
        {
            columns[i] = LeadForHandoverMapper.Columns[i];
        }

        var query = new QueryExpression(LeadSchema.EntityName) { ColumnSet = new ColumnSet(columns), TopCount = 1 };
        query.Criteria.AddCondition(LeadSchema.LeadId, ConditionOperator.Equal, leadId);
        var rows = _service.RetrieveMultiple(query).Entities;
        return rows.Count == 0 ? null : LeadForHandoverMapper.FromRow(leadId, rows[0]);
    }
}
