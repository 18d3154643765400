using System;
using System.Threading;
using System.Threading.Tasks;
using Dataverse.LeadHandover.Functions.Notifications.Cards;
using Dataverse.LeadHandover.Functions.Sweep;

namespace Dataverse.LeadHandover.Benchmarks.Sweep;

/// <summary>Takes the sweep's Teams notices and counts them: posting is the same for any approach, and not a Dataverse request.</summary>
public sealed class CountingNotices : ISlaNotices
{
    private int sent;

    public int Sent => sent;

    public Task SendAsync(Guid handoverId, SlaNoticeContent notice, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref sent);
        return Task.CompletedTask;
    }
}
