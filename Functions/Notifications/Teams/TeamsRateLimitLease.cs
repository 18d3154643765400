using System;
using System.Collections.Generic;
using System.Threading.RateLimiting;

namespace Dataverse.LeadHandover.Functions.Notifications.Teams;

/// <summary>A lease from <see cref="TeamsChannelRateLimiter"/>; a refused one says when to try again.</summary>
internal sealed class TeamsRateLimitLease : RateLimitLease
{
    public static readonly TeamsRateLimitLease Granted = new(acquired: true, retryAfter: null);

    private readonly TimeSpan? retryAfter;

    private TeamsRateLimitLease(bool acquired, TimeSpan? retryAfter)
    {
        IsAcquired = acquired;
        this.retryAfter = retryAfter;
    }

    public override bool IsAcquired { get; }

    public override IEnumerable<string> MetadataNames =>
        retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

    public static TeamsRateLimitLease Refused(TimeSpan retryAfter) => new(acquired: false, retryAfter);

    public override bool TryGetMetadata(string metadataName, out object? metadata)
    {
        if (retryAfter is not null && string.Equals(metadataName, MetadataName.RetryAfter.Name, StringComparison.Ordinal))
        {
            metadata = retryAfter.Value;
            return true;
        }

        metadata = null;
        return false;
    }
}
