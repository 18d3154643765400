using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Dataverse.LeadHandover.Domain.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.PowerPlatform.Dataverse.Client;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.LeadHandover.Functions.Sweep;

/// <summary>
/// Gives ladder steps back to the ledger when their notice could not be sent (Teams unavailable), so the next run
/// takes them again rather than losing them: the level goes back down, but only on rows still at the level this run
/// set and unchanged since (read again, then written with <c>IfRowVersionMatches</c>). Two requests per batch, however
/// many steps. Reassignments are never given back: the lead has already moved.
/// </summary>
public sealed class StepRelease(IOrganizationServiceAsync2 dataverse, ThrottleGuard throttle, BatchWriter writer, ILogger<StepRelease> logger)
{
    public async Task<int> ReleaseAsync(IReadOnlyList<LadderStep> steps, Guid correlationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(steps);
        var released = 0;
        foreach (var chunk in steps.Chunk(BatchWriter.MaxBatchSize))
        {
            var query = new QueryExpression(HandoverSchema.EntityName)
            {
                ColumnSet = new ColumnSet(HandoverSchema.EscalationLevel, HandoverSchema.HandoverStatus),
                PageInfo = new PagingInfo { Count = BatchWriter.MaxBatchSize, PageNumber = 1 },
            };
            query.Criteria.AddCondition(HandoverSchema.HandoverId, ConditionOperator.In, chunk.Select(step => (object)step.Handover.Id).ToArray());
            var rows = (await throttle.CallAsync(token => dataverse.RetrieveMultipleAsync(query, token), correlationId, cancellationToken)).Entities
                .ToDictionary(row => row.Id);

            var releasable = new List<LadderStep>();
            var requests = new List<OrganizationRequest>();
            foreach (var step in chunk)
            {
                if (rows.TryGetValue(step.Handover.Id, out var row)
                    && row.RowVersion is { } version
                    && row.GetAttributeValue<int?>(HandoverSchema.EscalationLevel) == step.NextLevel
                    && row.GetAttributeValue<OptionSetValue>(HandoverSchema.HandoverStatus)?.Value == HandoverStatus.Awaiting)
                {
                    releasable.Add(step);
                    requests.Add(EscalationRequests.Release(step.Handover.Id, step.Handover.EscalationLevel, version));
                }
                else
                {
                    SweepLog.ReleaseMissed(logger, step.Handover.Id, step.Action, correlationId);
                }
            }

            if (requests.Count == 0)
            {
                continue;
            }

            var results = await writer.WriteAsync(requests, correlationId, cancellationToken);
            for (var i = 0; i < results.Count; i++)
            {
                if (results[i].Outcome == StepOutcome.Applied)
                {
                    released++;
                }
                else
                {
                    SweepLog.ReleaseMissed(logger, releasable[i].Handover.Id, releasable[i].Action, correlationId);
                }
            }
        }

        return released;
    }
}
