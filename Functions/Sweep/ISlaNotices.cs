using System;
using System.Threading;
using System.Threading.Tasks;
using Dataverse.LeadHandover.Functions.Notifications.Cards;

namespace Dataverse.LeadHandover.Functions.Sweep;

/// <summary>Where the timers' notices go: the Teams channel in the app, a counting sink in benchmarks.</summary>
public interface ISlaNotices
{
    /// <summary>Sends one notice about <paramref name="handoverId"/>; throws when it could not be delivered.</summary>
    Task SendAsync(Guid handoverId, SlaNoticeContent notice, CancellationToken cancellationToken);
}
