using System;
using Dataverse.LeadHandover.Plugins.Handover;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.LeadHandover.Plugins.Data;

/// <summary>Reads a systemuser's full name and manager (parentsystemuserid).</summary>
public sealed class DataverseUserDirectory : IUserDirectory
{
    private readonly IOrganizationService _service;

    public DataverseUserDirectory(IOrganizationService service) =>
        _service = service ?? throw new ArgumentNullException(nameof(service));

    public UserSummary? Find(Guid userId)
    {
        // A query, not Retrieve: a missing user is an answer here, and a failed call would doom the transaction.
        var query = new QueryExpression("systemuser") { ColumnSet = new ColumnSet("fullname", "parentsystemuserid"), TopCount = 1 };
        query.Criteria.AddCondition("systemuserid", ConditionOperator.Equal, userId);
        var rows = _service.RetrieveMultiple(query).Entities;
        if (rows.Count == 0)
        {
            return null;
        }

        var row = rows[0];
        var manager = row.GetAttributeValue<EntityReference>("parentsystemuserid");
        return new UserSummary(userId, row.GetAttributeValue<string>("fullname") ?? userId.ToString(), manager?.Id);
    }
}
