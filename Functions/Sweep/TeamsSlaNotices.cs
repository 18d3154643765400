using System;
using System.Threading;
using System.Threading.Tasks;
using Dataverse.LeadHandover.Functions.Notifications.Cards;
using Dataverse.LeadHandover.Functions.Notifications.Teams;

namespace Dataverse.LeadHandover.Functions.Sweep;

/// <summary>
/// Posts SLA notices to the same Teams Workflows webhook as handover cards, through the same resilient client: the
/// channel's rate limit, retries honouring Retry-After and timeouts apply to both (see <see cref="TeamsResilience"/>).
/// </summary>
public sealed class TeamsSlaNotices(TeamsWorkflowClient teams) : ISlaNotices
{
    public Task SendAsync(Guid handoverId, SlaNoticeContent notice, CancellationToken cancellationToken) =>
        teams.PostAsync(TeamsWorkflowMessage.Serialize(TeamsWorkflowMessage.Wrap(SlaNoticeCard.Compose(notice))), cancellationToken);
}
