namespace Dataverse.LeadHandover.Functions.Sweep;

/// <summary>What one follow-up cadence run did.</summary>
public sealed record FollowUpReport
{
    /// <summary>Handovers whose follow-up window closed in this run's interval.</summary>
    public int WindowsClosed { get; init; }

    /// <summary>Of those, the ones that closed without enough contact attempts.</summary>
    public int Overdue { get; init; }

    public int Notified { get; init; }

    public int NoticesFailed { get; init; }
}
