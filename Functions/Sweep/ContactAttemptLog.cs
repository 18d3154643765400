using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.PowerPlatform.Dataverse.Client;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.LeadHandover.Functions.Sweep;

/// <summary>
/// The completed contact attempts regarding a set of leads, read as the plug-ins count them
/// (<c>Plugins/Data/DataverseContactAttemptLog</c>): completed phone calls, emails, appointments and tasks, each at its
/// actual end, or when it was last saved when nobody recorded one. One query per activity table for up to
/// <see cref="LeadsPerQuery"/> leads, instead of four per lead.
/// </summary>
public sealed class ContactAttemptLog(IOrganizationServiceAsync2 dataverse, ThrottleGuard throttle)
{
    public const int LeadsPerQuery = 200;

    public const string RegardingObjectId = "regardingobjectid";
    public const string ActualEnd = "actualend";
    public const string ModifiedOn = "modifiedon";
    public const string StateCode = "statecode";

    /// <summary>statecode of a completed activity in each of the four tables.</summary>
    public const int CompletedState = 1;

    public static readonly IReadOnlyList<string> ActivityTables = ["phonecall", "email", "appointment", "task"];

    public async Task<IReadOnlyDictionary<Guid, List<DateTime>>> CompletedRegardingAsync(
        IReadOnlyCollection<Guid> leadIds, Guid correlationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(leadIds);
        var attempts = leadIds.Distinct().ToDictionary(id => id, _ => new List<DateTime>());
        foreach (var chunk in attempts.Keys.Chunk(LeadsPerQuery))
        {
            foreach (var table in ActivityTables)
            {
                var query = new QueryExpression(table)
                {
                    ColumnSet = new ColumnSet(RegardingObjectId, ActualEnd, ModifiedOn),
                    PageInfo = new PagingInfo { Count = 5000, PageNumber = 1 },
                };
                query.Criteria.AddCondition(RegardingObjectId, ConditionOperator.In, chunk.Cast<object>().ToArray());
                query.Criteria.AddCondition(StateCode, ConditionOperator.Equal, CompletedState);
                while (true)
                {
                    var page = await throttle.CallAsync(token => dataverse.RetrieveMultipleAsync(query, token), correlationId, cancellationToken);
                    foreach (var row in page.Entities)
                    {
                        var at = row.GetAttributeValue<DateTime?>(ActualEnd) ?? row.GetAttributeValue<DateTime?>(ModifiedOn);
                        if (row.GetAttributeValue<EntityReference>(RegardingObjectId) is { } regarding
                            && at is DateTime time
                            && attempts.TryGetValue(regarding.Id, out var times))
                        {
                            times.Add(DateTime.SpecifyKind(time, DateTimeKind.Utc));
                        }
                    }

                    if (!page.MoreRecords)
                    {
                        break;
                    }

                    query.PageInfo.PageNumber++;
                    query.PageInfo.PagingCookie = page.PagingCookie;
                }
            }
        }

        return attempts;
    }
}
