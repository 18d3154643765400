using Dataverse.LeadHandover.Domain.Sla;
using System;
using System.Collections.Generic;
using System.Linq;
using Dataverse.LeadHandover.Domain.Qualification;

namespace Dataverse.LeadHandover.Functions.Sweep;

/// <summary>
/// What every sweep needs besides the handovers, read from Dataverse and reused for a while: the sweep settings,
/// the handover policy (each tier's SLA and follow-up rule) and the business calendars.
/// </summary>
public sealed class SweepReferenceData
{
    private readonly Dictionary<int, QualificationTier> tiersByOption = [];

    public SweepReferenceData(SweepSettings settings, HandoverPolicy policy, RepCalendarResolver calendars, DateTimeOffset readAt)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(calendars);
        Settings = settings;
        Policy = policy;
        Calendars = calendars;
        ReadAt = readAt;
        foreach (var tier in policy.Tiers)
        {
            if (TierOptions.OptionOf(tier.Name) is int option)
            {
                tiersByOption[option] = tier;
            }
        }

        ShortestSlaMinutes = policy.Tiers.Min(tier => tier.SlaBusinessMinutes);
    }

    public SweepSettings Settings { get; }

    public HandoverPolicy Policy { get; }

    public RepCalendarResolver Calendars { get; }

    public DateTimeOffset ReadAt { get; }

    /// <summary>The <c>lh_tier</c> values the policy has a tier for, with that tier.</summary>
    public IReadOnlyDictionary<int, QualificationTier> TiersByOption => tiersByOption;

    /// <summary>The shortest SLA of any tier: the safe assumption for a handover whose tier the choice can't name.</summary>
    public int ShortestSlaMinutes { get; }

    /// <summary>The policy tier of a handover's <c>lh_tier</c>; the default tier when the choice value names none.</summary>
    public QualificationTier TierOf(int? tierOption) =>
        tierOption is int option && tiersByOption.TryGetValue(option, out var tier) ? tier : Policy.DefaultTier;
}
