using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace Dataverse.LeadHandover.Sandbox.DryRun;

/// <summary>
/// Reads a dry-run file: CSV with a header row, or a JSON array of objects, both keyed by the lead's logical column
/// names (<c>firstname</c>, <c>companyname</c>, <c>leadqualitycode</c>, <c>lh_salesready</c>…) plus the replay's own
/// columns (<see cref="LeadRecord.ArrivedOn"/>, <see cref="LeadRecord.Source"/>, <see cref="LeadRecord.AcknowledgeAfterMinutes"/>).
/// </summary>
internal static class LeadFile
{
    public static IReadOnlyList<LeadRecord> Read(string path)
    {
        var text = File.ReadAllText(path);
        return string.Equals(Path.GetExtension(path), ".json", StringComparison.OrdinalIgnoreCase) ? FromJson(text) : FromCsv(text);
    }

    public static IReadOnlyList<LeadRecord> FromCsv(string text) =>
        CsvTable.Read(text).Select(row => new LeadRecord(row.Line, row.Values)).ToList();

    public static IReadOnlyList<LeadRecord> FromJson(string text)
    {
        using var document = JsonDocument.Parse(text);
        if (document.RootElement.ValueKind != JsonValueKind.Array)
        {
            throw new FormatException("A JSON dry-run file is an array of lead objects.");
        }

        return document.RootElement.EnumerateArray().Select((lead, index) =>
        {
            if (lead.ValueKind != JsonValueKind.Object)
            {
                throw new FormatException("Item " + (index + 1) + " of the JSON array is not an object.");
            }

            var values = lead.EnumerateObject().ToDictionary(
                property => property.Name,
                property => property.Value.ValueKind switch
                {
                    JsonValueKind.String => property.Value.GetString() ?? string.Empty,
                    JsonValueKind.Null => string.Empty,
                    JsonValueKind.True => "true",
                    JsonValueKind.False => "false",
                    _ => property.Value.GetRawText(),
                },
                StringComparer.OrdinalIgnoreCase);
            return new LeadRecord(index + 1, values);
        }).ToList();
    }

    /// <summary>Arrival times for every lead: its own, or five minutes after the previous one (the first at <paramref name="start"/>).</summary>
    public static IReadOnlyList<DateTimeOffset> ArrivalTimes(IReadOnlyList<LeadRecord> leads, DateTimeOffset start)
    {
        ArgumentNullException.ThrowIfNull(leads);
        var times = new List<DateTimeOffset>(leads.Count);
        var previous = start - TimeSpan.FromMinutes(5);
        foreach (var lead in leads)
        {
            var own = lead.Value(LeadRecord.ArrivedOn);
            previous = own is null
                ? previous + TimeSpan.FromMinutes(5)
                : DateTimeOffset.TryParse(own, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
                    ? at
                    : throw new FormatException("Line " + lead.Line + ": arrivedon '" + own + "' is not a date and time such as 2026-03-02T09:05:00Z.");
            times.Add(previous);
        }

        return times;
    }
}
