using System;
using System.Collections.Generic;

namespace Dataverse.LeadHandover.Domain.Qualification;

/// <summary>What the sales-ready gate found for one lead under one policy.</summary>
public sealed class QualificationResult
{
    private static readonly QualificationItem[] NothingMissing = Array.Empty<QualificationItem>();

    public QualificationResult(QualificationTier tier, int presentMask)
    {
        Tier = tier ?? throw new ArgumentNullException(nameof(tier));
        PresentMask = presentMask & QualificationItemPresence.AllItemsMask;
        MissingMask = tier.RequiredMask & ~PresentMask;
        Missing = ToItems(MissingMask);
        CompletenessPercent = QualificationGate.CompletenessPercent(PresentMask);
    }

    /// <summary>The tier the lead falls into.</summary>
    public QualificationTier Tier { get; }

    /// <summary>Required items the lead lacks, in <see cref="QualificationItem"/> order.</summary>
    public IReadOnlyList<QualificationItem> Missing { get; }

    /// <summary>
    /// Share of all twelve items present (0–100, rounded), whatever the tier requires, so leads of
    /// different tiers can be compared.
    /// </summary>
    public int CompletenessPercent { get; }

    /// <summary>Present items as a bit mask (bit n = item n).</summary>
    public int PresentMask { get; }

    /// <summary>Missing required items as a bit mask (bit n = item n).</summary>
    public int MissingMask { get; }

    /// <summary>True when nothing the tier requires is missing.</summary>
    public bool MeetsTier => MissingMask == 0;

    private static QualificationItem[] ToItems(int mask)
    {
        if (mask == 0)
        {
            return NothingMissing;
        }

        var count = 0;
        for (var bits = mask; bits != 0; bits &= bits - 1)
        {
            count++;
        }

        var items = new QualificationItem[count];
        var next = 0;
        for (var i = 0; i < QualificationItemVocabulary.Count; i++)
        {
            if ((mask & (1 << i)) != 0)
            {
                items[next++] = (QualificationItem)i;
            }
        }

        return items;
    }
}
