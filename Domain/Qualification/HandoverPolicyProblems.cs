using System.Collections.Generic;
using Dataverse.LeadHandover.Domain.Json;

namespace Dataverse.LeadHandover.Domain.Qualification;

/// <summary>
/// Collects every problem found while reading a handover policy (instead of stopping at the
/// first), and holds the shape checks the policy reader repeats: known properties, required
/// properties, whole numbers, strings.
/// </summary>
internal sealed class HandoverPolicyProblems
{
    private readonly List<string> problems = new();

    public int Count => problems.Count;

    public IReadOnlyList<string> All => problems;

    public void Add(string path, string problem) => problems.Add(path + ": " + problem);

    /// <summary>Reports unknown and repeated properties of <paramref name="node"/>.</summary>
    public void CheckProperties(JsonNode node, IReadOnlyList<string> allowed)
    {
        var properties = node.Properties;
        for (var i = 0; i < properties.Count; i++)
        {
            var name = properties[i].Key;
            var path = properties[i].Value.Path;
            if (IndexOf(allowed, name) < 0)
            {
                var closest = SpellingSuggestion.Closest(name, allowed);
                var hint = SpellingSuggestion.IsLikelyTypo(name, closest) ? "did you mean '" + closest + "'? " : string.Empty;
                Add(path, "unknown property; " + hint + "allowed here: " + string.Join(", ", allowed));
                continue;
            }

            for (var j = 0; j < i; j++)
            {
                if (properties[j].Key == name)
                {
                    Add(path, "the property '" + name + "' appears more than once; keep one");
                    break;
                }
            }
        }
    }

    /// <summary>The first property called <paramref name="name"/>, or null when absent.</summary>
    public static JsonNode? Find(JsonNode node, string name)
    {
        foreach (var property in node.Properties)
        {
            if (property.Key == name)
            {
                return property.Value;
            }
        }

        return null;
    }

    /// <summary>The property, or null after reporting that it is missing.</summary>
    public JsonNode? Require(JsonNode node, string name, string what)
    {
        var value = Find(node, name);
        if (value is null)
        {
            Add(node.Path, "missing required property '" + name + "' (" + what + ")");
        }

        return value;
    }

    /// <summary>The whole number in <paramref name="node"/> if it is at least <paramref name="minimum"/>; otherwise reports it.</summary>
    public int? WholeNumber(JsonNode node, int minimum, string what)
    {
        if (node.TryGetInt32(out var value) && value >= minimum)
        {
            return value;
        }

        var actual = node.Kind == JsonKind.Number ? "it is " + node.NumberText : "it is " + node.Description;
        Add(node.Path, "must be " + what + ", but " + actual);
        return null;
    }

    /// <summary>The one-line, non-blank text in <paramref name="node"/>; otherwise reports it.</summary>
    public string? Name(JsonNode node, string what)
    {
        if (node.Kind != JsonKind.String)
        {
            Add(node.Path, "must be " + what + " in double quotes, but it is " + node.Description);
            return null;
        }

        var text = node.StringValue!;
        if (text.Trim().Length == 0)
        {
            Add(node.Path, "must not be empty");
            return null;
        }

        // Names end up in one-paragraph messages for reps and in API error bodies.
        if (text.IndexOf('\n') >= 0 || text.IndexOf('\r') >= 0 || text.IndexOf('\t') >= 0)
        {
            Add(node.Path, "must be on one line (no line breaks or tabs)");
            return null;
        }

        return text.Trim();
    }

    private static int IndexOf(IReadOnlyList<string> names, string name)
    {
        for (var i = 0; i < names.Count; i++)
        {
            if (names[i] == name)
            {
                return i;
            }
        }

        return -1;
    }
}
