using System;
using System.Collections.Generic;
using Dataverse.LeadHandover.Domain.Intake;
using Dataverse.LeadHandover.Domain.Schema;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.Plugins.Mapping;

/// <summary>
/// Turns one lh_leadsource row into catalogue entries: one per UTM code it lists (comma-separated
/// <c>source</c> or <c>source/campaign</c>), or one plain entry when it lists none.
/// </summary>
public static class LeadSourceRowMapper
{
    private static readonly char[] CodeSeparators = { ',', ';', '\n' };

    public static void AddEntries(Entity row, ICollection<LeadSourceEntry> entries)
    {
        if (row is null)
        {
            throw new ArgumentNullException(nameof(row));
        }

        if (entries is null)
        {
            throw new ArgumentNullException(nameof(entries));
        }

        var entry = new LeadSourceEntry(row.Id, row.GetAttributeValue<string>(LeadSourceSchema.Name) ?? string.Empty)
        {
            // statecode 0 is Active on every table.
            IsActive = (row.GetAttributeValue<OptionSetValue>(LeadSourceSchema.StateCode)?.Value ?? 0) == 0,
            LeadSourceCode = row.GetAttributeValue<int?>(LeadSourceSchema.LeadSourceCode),
            CampaignId = row.GetAttributeValue<EntityReference>(LeadSourceSchema.CampaignId)?.Id,
            Channel = ChoiceLabel(row, LeadSourceSchema.Channel),
            DefaultTier = ChoiceLabel(row, LeadSourceSchema.DefaultTier),
        };

        var codes = row.GetAttributeValue<string>(LeadSourceSchema.UtmCodes);
        var added = false;
        if (!string.IsNullOrWhiteSpace(codes))
        {
            foreach (var raw in codes!.Split(CodeSeparators, StringSplitOptions.RemoveEmptyEntries))
            {
                var code = raw.Trim();
                if (code.Length == 0)
                {
                    continue;
                }

                var slash = code.IndexOf('/');
                entries.Add(slash < 0
                    ? entry with { UtmSource = code }
                    : entry with { UtmSource = code.Substring(0, slash).Trim(), UtmCampaign = NullIfEmpty(code.Substring(slash + 1).Trim()) });
                added = true;
            }
        }

        if (!added)
        {
            entries.Add(entry);
        }
    }

    private static string? ChoiceLabel(Entity row, string column) =>
        row.FormattedValues.Contains(column) ? row.FormattedValues[column] : null;

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
