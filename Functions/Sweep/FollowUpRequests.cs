using System;
using Dataverse.LeadHandover.Domain.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace Dataverse.LeadHandover.Functions.Sweep;

/// <summary>
/// The writes that make the follow-up check happen once per window: a claim stamps <c>lh_followupcheckedon</c> only
/// if the row still has the version the run read (<c>IfRowVersionMatches</c>), so of two overlapping runs only one
/// checks a window; a release empties it again when the notice could not be sent, so the next run tries again.
/// </summary>
public static class FollowUpRequests
{
    public static UpdateRequest Claim(FollowUpCandidate candidate, DateTime checkedOnUtc)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        return new UpdateRequest
        {
            Target = new Entity(HandoverSchema.EntityName, candidate.HandoverId)
            {
                [HandoverSchema.FollowUpCheckedOn] = checkedOnUtc,
                RowVersion = candidate.RowVersion,
            },
            ConcurrencyBehavior = ConcurrencyBehavior.IfRowVersionMatches,
        };
    }

    // No version check: between claim and release only the claiming run writes this column.
    public static UpdateRequest Release(Guid handoverId) => new()
    {
        Target = new Entity(HandoverSchema.EntityName, handoverId) { [HandoverSchema.FollowUpCheckedOn] = null },
    };
}
