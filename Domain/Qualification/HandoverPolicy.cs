using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading;
using Dataverse.LeadHandover.Domain.Intake;

namespace Dataverse.LeadHandover.Domain.Qualification;

/// <summary>
/// The agreed definition of a sales-ready lead, per tier, and how each tier's handover runs.
/// Sales and marketing agree it once; production keeps it as JSON in an environment variable.
/// </summary>
public sealed class HandoverPolicy
{
    /// <summary>Manifest name of the embedded default policy (same name in every assembly that embeds it).</summary>
    public const string DefaultResourceName = "Dataverse.LeadHandover.Domain.Qualification.default-handover-policy.json";

    private static readonly Lazy<string> DefaultTextValue = new(LoadDefaultText, LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lazy<HandoverPolicy> DefaultValue = new(() => Parse(DefaultTextValue.Value), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly QualificationTier[] tiers;

    public HandoverPolicy(IReadOnlyList<QualificationTier> tiers)
    {
        if (tiers is null || tiers.Count == 0)
        {
            throw new ArgumentException("A handover policy needs at least one tier.", nameof(tiers));
        }

        this.tiers = new QualificationTier[tiers.Count];
        QualificationTier? defaultTier = null;
        for (var i = 0; i < tiers.Count; i++)
        {
            var tier = tiers[i] ?? throw new ArgumentException("A tier is missing.", nameof(tiers));
            for (var j = 0; j < i; j++)
            {
                if (string.Equals(this.tiers[j].Name, tier.Name, StringComparison.OrdinalIgnoreCase))
                {
                    throw new ArgumentException("Tier names must be unique; '" + tier.Name + "' appears twice.", nameof(tiers));
                }
            }

            if (tier.IsDefault)
            {
                if (defaultTier is not null)
                {
                    throw new ArgumentException("Only one tier can be the default.", nameof(tiers));
                }

                defaultTier = tier;
            }

            this.tiers[i] = tier;
        }

        DefaultTier = defaultTier ?? throw new ArgumentException("One tier must be the default.", nameof(tiers));
    }

    /// <summary>The shipped policy (Hot, Warm, Cold); parsed once, since it never changes.</summary>
    public static HandoverPolicy Default => DefaultValue.Value;

    /// <summary>The exact text of the shipped policy file.</summary>
    public static string DefaultText => DefaultTextValue.Value;

    /// <summary>Tiers in evaluation order.</summary>
    public IReadOnlyList<QualificationTier> Tiers => tiers;

    /// <summary>The tier for leads that match no other.</summary>
    public QualificationTier DefaultTier { get; }

    /// <summary>Parses and validates policy JSON; throws <see cref="HandoverPolicyException"/> naming every problem.</summary>
    public static HandoverPolicy Parse(string json) => HandoverPolicyReader.Read(json);

    /// <summary>The first tier (in order) the lead falls into, else the default tier.</summary>
    public QualificationTier TierFor(LeadFacts lead)
    {
        if (lead is null)
        {
            throw new ArgumentNullException(nameof(lead));
        }

        foreach (var tier in tiers)
        {
            if (tier.Matches(lead.LeadQualityCode, lead.Score))
            {
                return tier;
            }
        }

        return DefaultTier;
    }

    /// <summary>The tier with this name (case-insensitive), or null.</summary>
    public QualificationTier? FindTier(string name)
    {
        foreach (var tier in tiers)
        {
            if (string.Equals(tier.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return tier;
            }
        }

        return null;
    }

    private static string LoadDefaultText()
    {
        // Read from the assembly this code is compiled into: the Domain assembly, or the plug-in
        // assembly that compiles Domain's source and must embed the file under the same name.
        var assembly = typeof(HandoverPolicy).Assembly;
        using var stream = assembly.GetManifestResourceStream(DefaultResourceName)
            ?? throw new InvalidOperationException("The default handover policy is not embedded in " + assembly.GetName().Name
                + " (expected resource '" + DefaultResourceName + "').");
        using var reader = new StreamReader(stream, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }
}
