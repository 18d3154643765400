namespace Dataverse.LeadHandover.Functions.Sweep;

/// <summary>What one SLA sweep did.</summary>
public sealed record SweepReport
{
    /// <summary>Rows the due-work query returned (some may not be due yet in business time).</summary>
    public int RowsRead { get; init; }

    public int Reminded { get; init; }

    public int Escalated { get; init; }

    public int Reassigned { get; init; }

    /// <summary>Steps another run (or an acknowledgement) got to first: nothing written.</summary>
    public int TakenElsewhere { get; init; }

    /// <summary>Steps Dataverse refused for another reason; the next run tries again.</summary>
    public int Failed { get; init; }

    /// <summary>Undelivered handover cards sent again.</summary>
    public int NotificationsSent { get; init; }

    public int NotificationsFailed { get; init; }

    /// <summary>Steps given back to the ledger because their notice could not be sent.</summary>
    public int Released { get; init; }

    /// <summary>Whether due work was left for the next run (the per-run cap, or Teams unavailable).</summary>
    public bool Backlog { get; init; }
}
