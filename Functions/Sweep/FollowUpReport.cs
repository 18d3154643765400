namespace Dataverse.LeadHandover.Functions.Sweep;

/// <summary>What one follow-up cadence run did.</summary>
public sealed record FollowUpReport
{
    /// <summary>Handovers whose follow-up window had closed and was not yet checked.</summary>
    public int WindowsClosed { get; init; }

    /// <summary>Of those, the ones another run checked first (their row changed after this run read it).</summary>
    public int TakenElsewhere { get; init; }

    /// <summary>Of those, the ones that closed without enough contact attempts.</summary>
    public int Overdue { get; init; }

    public int Notified { get; init; }

    /// <summary>Notices that could not be sent; their windows were given back, so the next run tries again.</summary>
    public int NoticesFailed { get; init; }
}
