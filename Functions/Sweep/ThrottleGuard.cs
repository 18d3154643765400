using Dataverse.LeadHandover.Functions.Options;
using System;
using System.ServiceModel;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.Functions.Sweep;

/// <summary>
/// Waits out Dataverse's service protection faults and tries again, on the app's <see cref="TimeProvider"/>. The
/// ServiceClient retries a few times itself; what still reaches the sweep gets up to
/// <see cref="SweepOptions.MaxThrottleRetries"/> more tries, each after the Retry-After Dataverse asked for. A wait
/// longer than <see cref="SweepOptions.MaxThrottleWait"/> ends the run instead: the next run carries on where it stopped.
/// </summary>
public sealed class ThrottleGuard(TimeProvider time, IOptions<SweepOptions> options, ILogger<ThrottleGuard> logger)
{
    private readonly SweepOptions settings = options.Value;

    /// <summary>Runs <paramref name="call"/>, waiting and retrying while Dataverse answers with a service protection fault.</summary>
    public async Task<T> CallAsync<T>(Func<CancellationToken, Task<T>> call, Guid correlationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(call);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await call(cancellationToken);
            }
            catch (FaultException<OrganizationServiceFault> fault) when (MayWait(fault.Detail, attempt))
            {
                await WaitAsync(fault.Detail, attempt, correlationId, cancellationToken);
            }
        }
    }

    /// <summary>Whether a fault is a service protection fault this run may wait out on its <paramref name="attempt"/>-th try.</summary>
    public bool MayWait(OrganizationServiceFault? fault, int attempt) =>
        fault is not null
        && ServiceProtection.IsLimit(fault)
        && attempt <= settings.MaxThrottleRetries
        && ServiceProtection.RetryAfter(fault, attempt) <= settings.MaxThrottleWait;

    /// <summary>Waits the Retry-After of <paramref name="fault"/> (see <see cref="MayWait"/> first).</summary>
    public Task WaitAsync(OrganizationServiceFault fault, int attempt, Guid correlationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fault);
        var wait = ServiceProtection.RetryAfter(fault, attempt);
        SweepLog.Throttled(logger, fault.ErrorCode, wait, attempt, correlationId);
        return Task.Delay(wait, time, cancellationToken);
    }
}
