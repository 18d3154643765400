using System.Globalization;

namespace Dataverse.LeadHandover.Domain.Routing;

/// <summary>
/// A rep's proven success with this kind of lead (same source and tier), 0 to 1: the mean of acknowledgement
/// speed, reference / (reference + median minutes), and conversion rate. Bounded, so one star never takes
/// every lead on track record alone; unknown below the policy's minimum sample, where the baseline applies.
/// </summary>
internal static class TrackRecordScore
{
    /// <summary>The score, or null when the rep has fewer handovers of this kind than the minimum sample.</summary>
    public static double? Of(RepCandidate rep, LeadRoutingProfile lead, RoutingPolicy policy)
    {
        var record = rep.TrackRecordFor(lead.SourceId, lead.Tier);
        if (record is null || record.Handovers < policy.MinimumSampleSize)
        {
            return null;
        }

        var speed = record.Acknowledgements == 0
            ? 0
            : policy.AcknowledgementReferenceMinutes / (policy.AcknowledgementReferenceMinutes + record.MedianMinutesToAcknowledge);
        return (speed + record.ConversionRate) / 2;
    }

    /// <summary>"acknowledges Web/Hot leads in 12 min median (n=40), converts 25 %" or the baseline used instead.</summary>
    public static string Describe(RepCandidate rep, LeadRoutingProfile lead, RoutingPolicy policy, double baseline, bool baselineIsTeamMedian)
    {
        var kind = lead.SourceName + "/" + lead.Tier;
        var record = rep.TrackRecordFor(lead.SourceId, lead.Tier);
        var handovers = record?.Handovers ?? 0;
        if (handovers < policy.MinimumSampleSize)
        {
            return "no " + kind + " track record yet (n=" + Number(handovers) + ", counts from " + Number(policy.MinimumSampleSize)
                + "), scored " + RoutingReason.TwoDecimals(baseline) + (baselineIsTeamMedian ? " as the team median" : " at the floor");
        }

        var acknowledged = record!.Acknowledgements == 0
            ? "has acknowledged none of " + Number(handovers) + " " + kind + " leads"
            : "acknowledges " + kind + " leads in " + Minutes(record.MedianMinutesToAcknowledge) + " min median (n=" + Number(handovers) + ")";
        return acknowledged + ", converts " + Number((int)System.Math.Round(record.ConversionRate * 100)) + " %";
    }

    private static string Minutes(double minutes) => minutes.ToString("0.#", CultureInfo.InvariantCulture);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
