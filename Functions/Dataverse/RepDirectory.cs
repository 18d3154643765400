using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Dataverse.LeadHandover.Domain.Schema;
using Microsoft.PowerPlatform.Dataverse.Client;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.LeadHandover.Functions.Dataverse;

/// <summary>Reads a rep's user row and active rep profile, named columns only.</summary>
public sealed class RepDirectory(IOrganizationServiceAsync2 dataverse)
{
    public async Task<RepContact?> FindAsync(Guid userId, CancellationToken cancellationToken)
    {
        var users = new QueryExpression(SystemUserSchema.EntityName)
        {
            ColumnSet = new ColumnSet(SystemUserSchema.FullName, SystemUserSchema.DomainName, SystemUserSchema.EntraObjectId),
            TopCount = 1,
        };
        users.Criteria.AddCondition(SystemUserSchema.SystemUserId, ConditionOperator.Equal, userId);
        var user = (await dataverse.RetrieveMultipleAsync(users, cancellationToken)).Entities.FirstOrDefault();
        if (user is null)
        {
            return null;
        }

        var profiles = new QueryExpression(RepProfileSchema.EntityName) { ColumnSet = new ColumnSet(RepProfileSchema.TimeZone), TopCount = 1 };
        profiles.Criteria.AddCondition(RepProfileSchema.UserId, ConditionOperator.Equal, userId);
        profiles.Criteria.AddCondition(RepProfileSchema.StateCode, ConditionOperator.Equal, 0);
        var profile = (await dataverse.RetrieveMultipleAsync(profiles, cancellationToken)).Entities.FirstOrDefault();

        return new RepContact
        {
            UserId = userId,
            FullName = user.GetAttributeValue<string>(SystemUserSchema.FullName),
            UserPrincipalName = user.GetAttributeValue<string>(SystemUserSchema.DomainName),
            EntraObjectId = user.GetAttributeValue<Guid?>(SystemUserSchema.EntraObjectId),
            TimeZoneId = profile?.GetAttributeValue<string>(RepProfileSchema.TimeZone),
        };
    }
}
