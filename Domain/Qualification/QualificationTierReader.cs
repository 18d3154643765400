using System.Collections.Generic;
using Dataverse.LeadHandover.Domain.Json;

namespace Dataverse.LeadHandover.Domain.Qualification;

/// <summary>Reads one tier object of the handover policy, reporting every problem it finds.</summary>
internal static class QualificationTierReader
{
    private static readonly string[] TierProperties =
    {
        "name", "default", "leadQualityCodes", "minScore", "requires", "slaBusinessMinutes", "minimumContactAttempts", "firstTouch",
    };

    private static readonly string[] AttemptProperties = { "count", "withinDays" };

    private static readonly string[] FirstTouchNames = { "phoneCall", "task", "none" };

    /// <summary>The tier, or null when it has problems (all of them reported).</summary>
    public static QualificationTier? Read(JsonNode node, HandoverPolicyProblems problems)
    {
        if (node.Kind != JsonKind.Object)
        {
            problems.Add(node.Path, "must be an object describing a tier, but it is " + node.Description);
            return null;
        }

        var before = problems.Count;
        problems.CheckProperties(node, TierProperties);

        var nameNode = problems.Require(node, "name", "the tier's name, e.g. \"Hot\"");
        var name = nameNode is null ? null : problems.Name(nameNode, "the tier's name");

        var isDefault = ReadDefault(node, problems);
        var qualityCodes = ReadLeadQualityCodes(node, problems);
        var minScoreNode = HandoverPolicyProblems.Find(node, "minScore");
        var minScore = minScoreNode is null ? null : problems.WholeNumber(minScoreNode, int.MinValue, "a whole number");
        if (!isDefault && HandoverPolicyProblems.Find(node, "leadQualityCodes") is null && minScoreNode is null)
        {
            problems.Add(node.Path, "says nothing about which leads fall into it; give 'leadQualityCodes' and/or 'minScore', or mark it \"default\": true");
        }

        var requires = ReadRequires(node, problems);

        var slaNode = problems.Require(node, "slaBusinessMinutes", "business minutes the new owner has to acknowledge the lead");
        var sla = slaNode is null ? null : problems.WholeNumber(slaNode, 1, "a whole number of business minutes greater than 0");

        var attempts = ReadAttempts(node, problems);
        var firstTouch = ReadFirstTouch(node, problems);

        if (problems.Count != before || name is null || requires is null || sla is null || attempts is null || firstTouch is null)
        {
            return null;
        }

        return new QualificationTier(name, isDefault, qualityCodes, minScore, requires, sla.Value, attempts, firstTouch.Value);
    }

    private static bool ReadDefault(JsonNode tier, HandoverPolicyProblems problems)
    {
        var node = HandoverPolicyProblems.Find(tier, "default");
        if (node is null)
        {
            return false;
        }

        if (node.Kind is JsonKind.True or JsonKind.False)
        {
            return node.Kind == JsonKind.True;
        }

        problems.Add(node.Path, "must be true or false, but it is " + node.Description);
        return false;
    }

    private static List<int> ReadLeadQualityCodes(JsonNode tier, HandoverPolicyProblems problems)
    {
        var codes = new List<int>();
        var node = HandoverPolicyProblems.Find(tier, "leadQualityCodes");
        if (node is null)
        {
            return codes;
        }

        if (node.Kind != JsonKind.Array)
        {
            problems.Add(node.Path, "must be a list of Rating values, e.g. [1] for Hot, but it is " + node.Description);
            return codes;
        }

        if (node.Items.Count == 0)
        {
            problems.Add(node.Path, "must list at least one Rating value (1 Hot, 2 Warm, 3 Cold); remove it to select by score only");
        }

        foreach (var item in node.Items)
        {
            var code = problems.WholeNumber(item, 0, "a Rating value (a whole number such as 1 Hot, 2 Warm, 3 Cold)");
            if (code is int value)
            {
                codes.Add(value);
            }
        }

        return codes;
    }

    private static List<QualificationItem>? ReadRequires(JsonNode tier, HandoverPolicyProblems problems)
    {
        var node = problems.Require(tier, "requires", "the list of items to capture before handover; [] for none");
        if (node is null)
        {
            return null;
        }

        if (node.Kind != JsonKind.Array)
        {
            problems.Add(node.Path, "must be a list of qualification items, e.g. [\"contact.name\", \"need\"], but it is " + node.Description);
            return null;
        }

        var items = new List<QualificationItem>(node.Items.Count);
        foreach (var itemNode in node.Items)
        {
            if (itemNode.Kind != JsonKind.String)
            {
                problems.Add(itemNode.Path, "must be the name of a qualification item in double quotes, but it is " + itemNode.Description);
                continue;
            }

            var name = itemNode.StringValue!;
            if (!QualificationItemVocabulary.TryParse(name, out var item))
            {
                problems.Add(itemNode.Path, "'" + name + "' is not a qualification item; did you mean '"
                    + SpellingSuggestion.Closest(name, QualificationItemVocabulary.AllPolicyNames) + "'? Valid items: "
                    + string.Join(", ", QualificationItemVocabulary.AllPolicyNames));
                continue;
            }

            if (items.Contains(item))
            {
                problems.Add(itemNode.Path, "'" + name + "' is listed more than once; keep one");
                continue;
            }

            items.Add(item);
        }

        return items;
    }

    private static ContactAttemptRule? ReadAttempts(JsonNode tier, HandoverPolicyProblems problems)
    {
        var node = problems.Require(tier, "minimumContactAttempts", "e.g. { \"count\": 3, \"withinDays\": 10 }");
        if (node is null)
        {
            return null;
        }

        if (node.Kind != JsonKind.Object)
        {
            problems.Add(node.Path, "must be an object such as { \"count\": 3, \"withinDays\": 10 }, but it is " + node.Description);
            return null;
        }

        problems.CheckProperties(node, AttemptProperties);
        var countNode = problems.Require(node, "count", "how many contact attempts at least; 0 or more");
        var count = countNode is null ? null : problems.WholeNumber(countNode, 0, "a whole number, 0 or more");
        var daysNode = problems.Require(node, "withinDays", "within how many days of handover");
        var days = daysNode is null ? null : problems.WholeNumber(daysNode, 1, "a whole number of days greater than 0");
        return count is int c && days is int d ? new ContactAttemptRule(c, d) : null;
    }

    private static FirstTouch? ReadFirstTouch(JsonNode tier, HandoverPolicyProblems problems)
    {
        var node = problems.Require(tier, "firstTouch", "\"phoneCall\", \"task\" or \"none\"");
        if (node is null)
        {
            return null;
        }

        if (node.Kind != JsonKind.String)
        {
            problems.Add(node.Path, "must be \"phoneCall\", \"task\" or \"none\", but it is " + node.Description);
            return null;
        }

        switch (node.StringValue)
        {
            case "phoneCall": return FirstTouch.PhoneCall;
            case "task": return FirstTouch.Task;
            case "none": return FirstTouch.None;
        }

        problems.Add(node.Path, "'" + node.StringValue + "' is not a first touch; did you mean '"
            + SpellingSuggestion.Closest(node.StringValue!, FirstTouchNames) + "'? Valid values: phoneCall, task, none");
        return null;
    }
}
