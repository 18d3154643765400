using System;
using System.Collections.Generic;
using Dataverse.LeadHandover.Domain.Json;

namespace Dataverse.LeadHandover.Domain.Qualification;

/// <summary>
/// Turns handover policy JSON into a <see cref="HandoverPolicy"/>, or throws one
/// <see cref="HandoverPolicyException"/> listing every problem. Nothing is defaulted silently:
/// a policy that is not exactly right is not used.
/// </summary>
internal static class HandoverPolicyReader
{
    private static readonly string[] RootProperties = { "tiers" };

    public static HandoverPolicy Read(string json)
    {
        JsonNode root;
        try
        {
            root = JsonReader.Parse(json);
        }
        catch (JsonSyntaxException syntax)
        {
            throw new HandoverPolicyException(new[] { syntax.Message });
        }

        var problems = new HandoverPolicyProblems();
        var tiers = ReadTiers(root, problems);
        if (problems.Count > 0 || tiers is null)
        {
            throw new HandoverPolicyException(problems.All);
        }

        return new HandoverPolicy(tiers);
    }

    private static List<QualificationTier>? ReadTiers(JsonNode root, HandoverPolicyProblems problems)
    {
        if (root.Kind != JsonKind.Object)
        {
            problems.Add(root.Path, "must be an object with a \"tiers\" list, but it is " + root.Description);
            return null;
        }

        problems.CheckProperties(root, RootProperties);
        var tiersNode = problems.Require(root, "tiers", "the list of qualification tiers, evaluated in order");
        if (tiersNode is null)
        {
            return null;
        }

        if (tiersNode.Kind != JsonKind.Array)
        {
            problems.Add(tiersNode.Path, "must be a list of tiers, but it is " + tiersNode.Description);
            return null;
        }

        if (tiersNode.Items.Count == 0)
        {
            problems.Add(tiersNode.Path, "must list at least one tier");
            return null;
        }

        var tiers = new List<QualificationTier>(tiersNode.Items.Count);
        foreach (var tierNode in tiersNode.Items)
        {
            var tier = QualificationTierReader.Read(tierNode, problems);
            if (tier is not null)
            {
                tiers.Add(tier);
            }
        }

        CheckNames(tiersNode, problems);
        CheckDefault(tiersNode, problems);
        return tiers;
    }

    // Works on the JSON rather than the read tiers so a tier with other problems still takes part.
    private static void CheckNames(JsonNode tiersNode, HandoverPolicyProblems problems)
    {
        var seen = new List<KeyValuePair<string, string>>();
        foreach (var tierNode in tiersNode.Items)
        {
            var nameNode = tierNode.Kind == JsonKind.Object ? HandoverPolicyProblems.Find(tierNode, "name") : null;
            var name = nameNode?.StringValue?.Trim();
            if (nameNode is null || string.IsNullOrEmpty(name))
            {
                continue;
            }

            var earlier = seen.Find(pair => string.Equals(pair.Key, name, StringComparison.OrdinalIgnoreCase));
            if (earlier.Key is not null)
            {
                problems.Add(nameNode.Path, "the tier name '" + name + "' is already used by " + earlier.Value + "; tier names must be unique");
                continue;
            }

            seen.Add(new KeyValuePair<string, string>(name!, tierNode.Path));
        }
    }

    private static void CheckDefault(JsonNode tiersNode, HandoverPolicyProblems problems)
    {
        string? firstDefault = null;
        foreach (var tierNode in tiersNode.Items)
        {
            var node = tierNode.Kind == JsonKind.Object ? HandoverPolicyProblems.Find(tierNode, "default") : null;
            if (node is null || node.Kind != JsonKind.True)
            {
                continue;
            }

            if (firstDefault is null)
            {
                firstDefault = tierNode.Path;
                continue;
            }

            problems.Add(node.Path, "only one tier can be the default, and " + firstDefault + " already is");
        }

        if (firstDefault is null)
        {
            problems.Add(tiersNode.Path, "no tier is marked \"default\": true; mark the tier for leads that match no other tier");
        }
    }
}
