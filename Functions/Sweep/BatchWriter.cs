using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.PowerPlatform.Dataverse.Client;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace Dataverse.LeadHandover.Functions.Sweep;

/// <summary>
/// Sends requests as one <see cref="ExecuteMultipleRequest"/> (at most 1,000, ContinueOnError, faults only) and
/// reports each one's outcome ("Execute multiple requests using the SDK for .NET",
/// https://learn.microsoft.com/power-apps/developer/data-platform/org-service/execute-multiple-requests). A batch
/// refused for service protection is waited out and sent again whole (none of it ran); items refused one by one for
/// service protection are waited out and sent again on their own; a row-version mismatch is an answer, not an error.
/// </summary>
public sealed class BatchWriter(IOrganizationServiceAsync2 dataverse, ThrottleGuard throttle)
{
    /// <summary>ConcurrencyVersionMismatch (0x80060882): the row changed since it was read.</summary>
    public const int ConcurrencyVersionMismatch = -2147088254;

    public const int MaxBatchSize = 1000;

    public async Task<IReadOnlyList<ItemResult>> WriteAsync(IReadOnlyList<OrganizationRequest> requests, Guid correlationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(requests);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(requests.Count, MaxBatchSize);
        var results = new ItemResult[requests.Count];
        var pending = Enumerable.Range(0, requests.Count).ToList();
        for (var attempt = 1; pending.Count > 0; attempt++)
        {
            var batch = new ExecuteMultipleRequest
            {
                Requests = [.. pending.Select(index => requests[index])],
                Settings = new ExecuteMultipleSettings { ContinueOnError = true, ReturnResponses = false },
            };
            var response = (ExecuteMultipleResponse)await throttle.CallAsync(token => dataverse.ExecuteAsync(batch, token), correlationId, cancellationToken);

            var faults = response.Responses.Where(item => item.Fault is not null).ToDictionary(item => item.RequestIndex, item => item.Fault);
            var retry = new List<int>();
            OrganizationServiceFault? throttled = null;
            for (var position = 0; position < pending.Count; position++)
            {
                var index = pending[position];
                if (!faults.TryGetValue(position, out var fault))
                {
                    results[index] = new ItemResult(StepOutcome.Applied, 0);
                }
                else if (IsVersionMismatch(fault))
                {
                    results[index] = new ItemResult(StepOutcome.Changed, fault.ErrorCode);
                }
                else if (throttle.MayWait(fault, attempt))
                {
                    retry.Add(index);
                    throttled = Longer(throttled, fault, attempt);
                }
                else
                {
                    results[index] = new ItemResult(StepOutcome.Failed, fault.ErrorCode);
                }
            }

            if (throttled is not null)
            {
                await throttle.WaitAsync(throttled, attempt, correlationId, cancellationToken);
            }

            pending = retry;
        }

        return results;
    }

    /// <summary>A version mismatch, also when it is the inner fault of a rolled-back <see cref="ExecuteTransactionRequest"/>.</summary>
    public static bool IsVersionMismatch(OrganizationServiceFault? fault) =>
        fault is not null && (fault.ErrorCode == ConcurrencyVersionMismatch || fault.InnerFault?.ErrorCode == ConcurrencyVersionMismatch);

    private static OrganizationServiceFault Longer(OrganizationServiceFault? current, OrganizationServiceFault candidate, int attempt) =>
        current is null || ServiceProtection.RetryAfter(candidate, attempt) > ServiceProtection.RetryAfter(current, attempt) ? candidate : current;
}
