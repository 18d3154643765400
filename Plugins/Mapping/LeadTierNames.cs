using System;
using Dataverse.LeadHandover.Domain.Schema;

namespace Dataverse.LeadHandover.Plugins.Mapping;

/// <summary>The lh_leadtier choice values and the policy tier names they stand for (the shipped policy's Hot, Warm and Cold).</summary>
public static class LeadTierNames
{
    /// <summary>"Hot", "Warm", "Cold", or null for a value the choice doesn't list.</summary>
    public static string? NameOf(int? option) => option switch
    {
        LeadTier.Hot => "Hot",
        LeadTier.Warm => "Warm",
        LeadTier.Cold => "Cold",
        _ => null,
    };

    /// <summary>The choice value for a policy tier name (case-insensitive), or null when the choice has none.</summary>
    public static int? OptionOf(string? tierName)
    {
        if (string.Equals(tierName, "Hot", StringComparison.OrdinalIgnoreCase))
        {
            return LeadTier.Hot;
        }

        if (string.Equals(tierName, "Warm", StringComparison.OrdinalIgnoreCase))
        {
            return LeadTier.Warm;
        }

        return string.Equals(tierName, "Cold", StringComparison.OrdinalIgnoreCase) ? LeadTier.Cold : null;
    }
}
