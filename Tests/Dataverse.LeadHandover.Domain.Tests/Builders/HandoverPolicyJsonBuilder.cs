using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Dataverse.LeadHandover.Domain.Tests.Builders;

/// <summary>Writes valid handover policy JSON, tier by tier, for tests that need a policy of their own.</summary>
internal sealed class HandoverPolicyJsonBuilder
{
    private readonly List<string> tiers = new();

    public HandoverPolicyJsonBuilder Tier(string name, int[]? leadQualityCodes = null, int? minScore = null, bool isDefault = false, params string[] requires)
    {
        var parts = new List<string> { "\"name\": \"" + name + "\"" };
        if (isDefault)
        {
            parts.Add("\"default\": true");
        }

        if (leadQualityCodes is not null)
        {
            parts.Add("\"leadQualityCodes\": [" + string.Join(", ", leadQualityCodes.Select(c => c.ToString(CultureInfo.InvariantCulture))) + "]");
        }

        if (minScore is int score)
        {
            parts.Add("\"minScore\": " + score.ToString(CultureInfo.InvariantCulture));
        }

        parts.Add("\"requires\": [" + string.Join(", ", requires.Select(r => "\"" + r + "\"")) + "]");
        parts.Add("\"slaBusinessMinutes\": 60");
        parts.Add("\"minimumContactAttempts\": { \"count\": 1, \"withinDays\": 1 }");
        parts.Add("\"firstTouch\": \"task\"");
        tiers.Add("{ " + string.Join(", ", parts) + " }");
        return this;
    }

    public string Build() => "{ \"tiers\": [" + string.Join(", ", tiers) + "] }";
}
