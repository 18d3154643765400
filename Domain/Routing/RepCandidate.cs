using System;
using System.Collections.Generic;
using Dataverse.LeadHandover.Domain.Sla;

namespace Dataverse.LeadHandover.Domain.Routing;

/// <summary>
/// A sales rep as the router sees them: availability, load, what they cover, their own calendar and their
/// track record per kind of lead. Built at the edge from the rep profile and the handover ledger.
/// </summary>
/// <remarks>
/// <see cref="DisplayName"/> appears in the assignment reason stored on the ledger, which managers read; it
/// is business data there. It must never reach a log or trace: <see cref="ToString"/> gives the id only.
/// </remarks>
public sealed class RepCandidate
{
    private readonly DateTime? awayUntilUtc;
    private readonly DateTime? lastAssignedUtc;
    private readonly int capacity;
    private readonly int openHandovers;
    private readonly RepTrackRecord[] trackRecords = Array.Empty<RepTrackRecord>();
    private readonly TermSet segments = TermSet.Empty;
    private readonly TermSet territories = TermSet.Empty;
    private readonly TermSet skills = TermSet.Empty;

    public RepCandidate(Guid userId, string displayName, BusinessCalendar calendar)
    {
        if (userId == Guid.Empty)
        {
            throw new ArgumentException("A rep needs a user id.", nameof(userId));
        }

        UserId = userId;
        DisplayName = string.IsNullOrWhiteSpace(displayName) ? userId.ToString() : displayName.Trim();
        Calendar = calendar ?? throw new ArgumentNullException(nameof(calendar));
    }

    public Guid UserId { get; }

    /// <summary>The rep's name for the assignment reason; never logged.</summary>
    public string DisplayName { get; }

    /// <summary>The rep's own time zone, working hours and holidays: they take leads only inside them.</summary>
    public BusinessCalendar Calendar { get; }

    public RepAvailability Availability { get; init; } = RepAvailability.Available;

    /// <summary>Until when an away rep is away (UTC); they are not eligible before it passes.</summary>
    public DateTime? AwayUntilUtc
    {
        get => awayUntilUtc;
        init => awayUntilUtc = value is DateTime away ? UtcTime.Require(away, nameof(AwayUntilUtc)) : null;
    }

    /// <summary>The most handovers the rep may have awaiting acknowledgement at once; 0 takes none.</summary>
    public int Capacity
    {
        get => capacity;
        init => capacity = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(Capacity), value, "Capacity can't be negative.");
    }

    /// <summary>Handovers the rep has awaiting acknowledgement now.</summary>
    public int OpenHandovers
    {
        get => openHandovers;
        init => openHandovers = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(OpenHandovers), value, "Open handovers can't be negative.");
    }

    /// <summary>Customer segments (company size bands such as "Enterprise") the rep covers; matched case-insensitively.</summary>
    public IReadOnlyList<string> Segments
    {
        get => segments.Texts;
        init => segments = TermSet.From(value);
    }

    /// <summary>Territories the rep covers; matched case-insensitively.</summary>
    public IReadOnlyList<string> Territories
    {
        get => territories.Texts;
        init => territories = TermSet.From(value);
    }

    /// <summary>Industries, products and languages the rep knows; matched case-insensitively.</summary>
    public IReadOnlyList<string> Skills
    {
        get => skills.Texts;
        init => skills = TermSet.From(value);
    }

    /// <summary>The manager escalations for this rep go to.</summary>
    public Guid? ManagerId { get; init; }

    /// <summary>When the rep last received a handover (UTC); null if never.</summary>
    public DateTime? LastAssignedUtc
    {
        get => lastAssignedUtc;
        init => lastAssignedUtc = value is DateTime last ? UtcTime.Require(last, nameof(LastAssignedUtc)) : null;
    }

    /// <summary>Track record per (source, tier); at most one per pair is used (the first).</summary>
    public IReadOnlyList<RepTrackRecord> TrackRecords
    {
        get => trackRecords;
        init => trackRecords = Copy(value);
    }

    internal TermSet SegmentTerms => segments;

    internal TermSet TerritoryTerms => territories;

    internal TermSet SkillTerms => skills;

    /// <summary>"rep {id}": never the name, since this is what ends up in logs.</summary>
    public override string ToString() => "rep " + UserId;

    internal RepTrackRecord? TrackRecordFor(Guid sourceId, string tier)
    {
        foreach (var record in trackRecords)
        {
            if (record.SourceId == sourceId && string.Equals(record.Tier, tier, StringComparison.OrdinalIgnoreCase))
            {
                return record;
            }
        }

        return null;
    }

    private static RepTrackRecord[] Copy(IReadOnlyList<RepTrackRecord>? records)
    {
        if (records is null || records.Count == 0)
        {
            return Array.Empty<RepTrackRecord>();
        }

        var copy = new RepTrackRecord[records.Count];
        for (var i = 0; i < copy.Length; i++)
        {
            copy[i] = records[i] ?? throw new ArgumentException("A track record is missing.", nameof(TrackRecords));
        }

        return copy;
    }
}
