using System;
using System.Collections.Generic;
using Dataverse.LeadHandover.Domain.Intake;

namespace Dataverse.LeadHandover.Domain.Qualification;

/// <summary>
/// One band of leads (e.g. Hot) with what must be captured before handover and how the handover
/// is then run. A lead falls into the tier when its Rating is one of <see cref="LeadQualityCodes"/>
/// or its score is at least <see cref="MinScore"/>.
/// </summary>
public sealed class QualificationTier
{
    private readonly int[] leadQualityCodes;

    public QualificationTier(
        string name,
        bool isDefault,
        IReadOnlyList<int> leadQualityCodes,
        int? minScore,
        IReadOnlyList<QualificationItem> requires,
        int slaBusinessMinutes,
        ContactAttemptRule minimumContactAttempts,
        FirstTouch firstTouch)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException("A tier needs a name.", nameof(name));
        }

        if (leadQualityCodes is null)
        {
            throw new ArgumentNullException(nameof(leadQualityCodes));
        }

        if (requires is null)
        {
            throw new ArgumentNullException(nameof(requires));
        }

        if (slaBusinessMinutes <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(slaBusinessMinutes), slaBusinessMinutes, "The SLA must be more than 0 business minutes.");
        }

        Name = name;
        IsDefault = isDefault;
        this.leadQualityCodes = new int[leadQualityCodes.Count];
        for (var i = 0; i < leadQualityCodes.Count; i++)
        {
            this.leadQualityCodes[i] = leadQualityCodes[i];
        }

        MinScore = minScore;
        var items = new QualificationItem[requires.Count];
        for (var i = 0; i < requires.Count; i++)
        {
            items[i] = requires[i];
            RequiredMask |= 1 << (int)requires[i];
        }

        Requires = items;
        SlaBusinessMinutes = slaBusinessMinutes;
        MinimumContactAttempts = minimumContactAttempts ?? throw new ArgumentNullException(nameof(minimumContactAttempts));
        FirstTouch = firstTouch;
    }

    public string Name { get; }

    /// <summary>The tier for leads that match no other tier.</summary>
    public bool IsDefault { get; }

    /// <summary>Lead Rating (<c>leadqualitycode</c>) values that put a lead in this tier.</summary>
    public IReadOnlyList<int> LeadQualityCodes => leadQualityCodes;

    /// <summary>A score at or above which a lead is in this tier; null when score does not count.</summary>
    public int? MinScore { get; }

    /// <summary>What must be captured before a lead of this tier may be marked sales ready.</summary>
    public IReadOnlyList<QualificationItem> Requires { get; }

    /// <summary><see cref="Requires"/> as a bit mask (bit n = item n), precomputed for the per-lead check.</summary>
    public int RequiredMask { get; }

    /// <summary>Business minutes the new owner has to acknowledge the handover.</summary>
    public int SlaBusinessMinutes { get; }

    public ContactAttemptRule MinimumContactAttempts { get; }

    public FirstTouch FirstTouch { get; }

    public bool Matches(LeadFacts lead)
    {
        if (lead is null)
        {
            throw new ArgumentNullException(nameof(lead));
        }

        return Matches(lead.LeadQualityCode, lead.Score);
    }

    public bool Matches(int? leadQualityCode, int? score)
    {
        if (leadQualityCode is int code)
        {
            foreach (var candidate in leadQualityCodes)
            {
                if (candidate == code)
                {
                    return true;
                }
            }
        }

        return MinScore is int minimum && score is int value && value >= minimum;
    }
}
