using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Dataverse.LeadHandover.Domain.Schema;
using Microsoft.PowerPlatform.Dataverse.Client;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.LeadHandover.Functions.Dataverse;

/// <summary>Reads the lead columns a handover card shows, and nothing else.</summary>
public sealed class LeadBriefReader(IOrganizationServiceAsync2 dataverse)
{
    public async Task<LeadBrief?> FindAsync(Guid leadId, CancellationToken cancellationToken)
    {
        var query = new QueryExpression(LeadSchema.EntityName)
        {
            ColumnSet = new ColumnSet(LeadSchema.FullName, LeadSchema.CompanyName, LeadSchema.Subject, LeadSchema.HandoverBrief, LeadSchema.Completeness),
            TopCount = 1,
        };
        query.Criteria.AddCondition(LeadSchema.LeadId, ConditionOperator.Equal, leadId);
        var row = (await dataverse.RetrieveMultipleAsync(query, cancellationToken)).Entities.FirstOrDefault();
        return row is null
            ? null
            : new LeadBrief
            {
                Id = row.Id,
                FullName = row.GetAttributeValue<string>(LeadSchema.FullName),
                CompanyName = row.GetAttributeValue<string>(LeadSchema.CompanyName),
                Topic = row.GetAttributeValue<string>(LeadSchema.Subject),
                HandoverBrief = row.GetAttributeValue<string>(LeadSchema.HandoverBrief),
                Completeness = row.GetAttributeValue<int?>(LeadSchema.Completeness),
            };
    }
}
