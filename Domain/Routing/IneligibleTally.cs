using System.Collections.Generic;
using System.Globalization;

namespace Dataverse.LeadHandover.Domain.Routing;

/// <summary>How many reps were left out and why, for the fallback reason.</summary>
internal sealed class IneligibleTally
{
    private static readonly RepEligibility[] Order =
    {
        RepEligibility.RejectedThisLead, RepEligibility.Offline, RepEligibility.Away, RepEligibility.OutsideWorkingHours, RepEligibility.AtCapacity,
    };

    private readonly int[] counts = new int[6];

    public void Add(RepEligibility reason) => counts[(int)reason]++;

    /// <summary>"3 away, 1 offline, 2 outside working hours, 2 at capacity", or "all 6 away", or "both offline".</summary>
    public string Describe(int reps)
    {
        var parts = new List<string>();
        foreach (var reason in Order)
        {
            var count = counts[(int)reason];
            if (count == 0)
            {
                continue;
            }

            var number = count == reps && reps > 1 ? (reps == 2 ? "both" : "all " + Text(count)) : Text(count);
            parts.Add(number + " " + Describe(reason));
        }

        return string.Join(", ", parts);
    }

    internal static string Describe(RepEligibility reason) => reason switch
    {
        RepEligibility.RejectedThisLead => "rejected this lead",
        RepEligibility.Offline => "offline",
        RepEligibility.Away => "away",
        RepEligibility.OutsideWorkingHours => "outside working hours",
        RepEligibility.AtCapacity => "at capacity",
        _ => "eligible",
    };

    private static string Text(int count) => count.ToString(CultureInfo.InvariantCulture);
}
