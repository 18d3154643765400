using System;
using System.Collections.Generic;
using System.Globalization;
using Dataverse.LeadHandover.Domain.Schema;
using Dataverse.LeadHandover.InMemory.Store;
using Dataverse.LeadHandover.Sandbox.Metadata;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.Sandbox.DryRun;

/// <summary>
/// Turns a dry-run lead into the lead row an import would create: each column by its type (choices by number or by
/// label, e.g. <c>Hot</c> or <c>Durable Manufacturing</c>; yes/no as true/false, yes/no or 1/0), the source by its
/// name in the catalogue. An unknown column or value is an error naming the line, so a file is never half-read.
/// </summary>
internal sealed class LeadRowMapper(SolutionMetadata metadata, IReadOnlyDictionary<string, Guid> sourcesByName)
{
    private static readonly HashSet<string> ReplayColumns = new(StringComparer.OrdinalIgnoreCase)
    {
        LeadRecord.ArrivedOn, LeadRecord.Source, LeadRecord.AcknowledgeAfterMinutes,
    };

    public Entity ToLead(LeadRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var lead = new Entity(LeadSchema.EntityName);
        foreach (var (name, text) in record.Values)
        {
            if (ReplayColumns.Contains(name) || text.Length == 0)
            {
                continue;
            }

            var column = metadata.Column(LeadSchema.EntityName, name.ToLowerInvariant())
                ?? throw new FormatException("Line " + record.Line + ": '" + name + "' is not a lead column the sandbox knows.");
            lead[column.LogicalName] = Convert(record, column, text);
        }

        if (record.Value(LeadRecord.Source) is { } source)
        {
            lead[LeadSchema.LeadSourceId] = sourcesByName.TryGetValue(source, out var sourceId)
                ? new EntityReference(LeadSourceSchema.EntityName, sourceId)
                : throw new FormatException("Line " + record.Line + ": no lead source is called '" + source + "' (the catalogue has " + string.Join(", ", sourcesByName.Keys) + ").");
        }

        if (!lead.Contains(LeadSchema.Subject))
        {
            lead[LeadSchema.Subject] = "Imported lead: " + record.Label;
        }

        return lead;
    }

    private object Convert(LeadRecord record, ColumnInfo column, string text)
    {
        object? value = column.Type switch
        {
            ColumnType.String or ColumnType.Memo => text,
            ColumnType.Integer => int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : null,
            ColumnType.Money => decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount) ? new Money(amount) : null,
            ColumnType.Decimal => decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount) ? amount : null,
            ColumnType.Boolean => text.ToLowerInvariant() switch { "true" or "yes" or "1" => true, "false" or "no" or "0" => false, _ => null },
            ColumnType.Picklist => int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var code)
                ? new OptionSetValue(code)
                : metadata.ChoiceValue(column.OptionSetName, text) is int labelled ? new OptionSetValue(labelled) : null,
            ColumnType.DateTime => DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at.UtcDateTime : null,
            ColumnType.Lookup when column.LogicalName == LeadSchema.CampaignId => Guid.TryParse(text, out var campaign) ? new EntityReference("campaign", campaign) : null,
            _ => throw new FormatException("Line " + record.Line + ": '" + column.LogicalName + "' can't be set from a dry-run file."),
        };
        return value ?? throw new FormatException("Line " + record.Line + ": '" + text + "' is not a valid " + column.DisplayName + " (" + column.LogicalName + ").");
    }
}
