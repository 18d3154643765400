using System;
using Dataverse.LeadHandover.Domain.Intake;

namespace Dataverse.LeadHandover.Domain.Qualification;

/// <summary>
/// The sales-ready gate: a lead may be handed to sales only when everything its tier requires has
/// been captured, because a rep who gets a lead without the basics has to start over.
/// </summary>
public static class QualificationGate
{
    public static QualificationResult Evaluate(LeadFacts lead, HandoverPolicy policy)
    {
        if (lead is null)
        {
            throw new ArgumentNullException(nameof(lead));
        }

        if (policy is null)
        {
            throw new ArgumentNullException(nameof(policy));
        }

        return new QualificationResult(policy.TierFor(lead), QualificationItemPresence.PresentMask(lead));
    }

    /// <summary>
    /// The one message that explains a refusal (plain words, every missing item, one paragraph, no
    /// personal data); null when the lead meets its tier.
    /// </summary>
    public static string? RefusalMessage(QualificationResult result) =>
        SalesReadyRefusalMessage.Compose(null, result);

    /// <summary>Share of all twelve items present, rounded to a whole percent.</summary>
    public static int CompletenessPercent(int presentMask)
    {
        var present = 0;
        for (var bits = presentMask & QualificationItemPresence.AllItemsMask; bits != 0; bits &= bits - 1)
        {
            present++;
        }

        return ((present * 100) + (QualificationItemVocabulary.Count / 2)) / QualificationItemVocabulary.Count;
    }
}
