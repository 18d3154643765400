using System;
using System.Collections.Generic;
using Dataverse.LeadHandover.Domain.Schema;

namespace Dataverse.LeadHandover.Functions.Sweep;

/// <summary>The <c>lh_leadtier</c> choice values and the policy tier names they stand for, as the plug-ins stamp them.</summary>
public static class TierOptions
{
    public static readonly IReadOnlyList<int> All = [LeadTier.Hot, LeadTier.Warm, LeadTier.Cold];

    /// <summary>"Hot", "Warm", "Cold", or <see langword="null"/> for a value the choice doesn't list.</summary>
    public static string? NameOf(int? option) => option switch
    {
        LeadTier.Hot => "Hot",
        LeadTier.Warm => "Warm",
        LeadTier.Cold => "Cold",
        _ => null,
    };

    public static bool IsKnown(int? option) => NameOf(option) is not null;

    /// <summary>The choice value of a policy tier name, or <see langword="null"/> (a policy may name tiers the choice lacks).</summary>
    public static int? OptionOf(string tierName)
    {
        foreach (var option in All)
        {
            if (string.Equals(NameOf(option), tierName, StringComparison.OrdinalIgnoreCase))
            {
                return option;
            }
        }

        return null;
    }
}
