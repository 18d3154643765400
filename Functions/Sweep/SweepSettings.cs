using System;
using System.Globalization;
using System.Text.Json;
using Dataverse.LeadHandover.Domain.Schema;
using Dataverse.LeadHandover.Domain.Sla;

namespace Dataverse.LeadHandover.Functions.Sweep;

/// <summary>
/// The <c>lh_SweepSettings</c> environment variable: when the ladder reminds, escalates and reassigns (percent of the
/// SLA in business time) and how many times a notification is attempted, e.g.
/// <c>{"reminderAfterPercent":50,"escalateAfterPercent":100,"reassignAfterPercent":200,"maxNotificationAttempts":5}</c>.
/// A missing property takes its default; a wrong one stops the sweep with a message naming it, because escalating
/// on thresholds nobody chose is worse than a failed run that monitoring shows.
/// </summary>
public sealed class SweepSettings
{
    public const int DefaultMaxNotificationAttempts = 5;

    public SweepSettings(EscalationLadder ladder, int maxNotificationAttempts)
    {
        ArgumentNullException.ThrowIfNull(ladder);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxNotificationAttempts, 1);
        Ladder = ladder;
        MaxNotificationAttempts = maxNotificationAttempts;
    }

    public static SweepSettings Default { get; } = new(EscalationLadder.Default, DefaultMaxNotificationAttempts);

    public EscalationLadder Ladder { get; }

    /// <summary>After this many attempts a notification is left alone; the ledger shows it Failed for a person to look at.</summary>
    public int MaxNotificationAttempts { get; }

    public static SweepSettings Parse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return Default;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException exception)
        {
            throw new SweepSettingsException(Problem("is not valid JSON: " + exception.Message), exception);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new SweepSettingsException(Problem("must be a JSON object."));
            }

            var remind = Whole(root, "reminderAfterPercent", 50, 1, 10_000);
            var escalate = Whole(root, "escalateAfterPercent", 100, 1, 10_000);
            var reassign = Whole(root, "reassignAfterPercent", 200, 1, 10_000);
            var attempts = Whole(root, "maxNotificationAttempts", DefaultMaxNotificationAttempts, 1, 100);
            if (!(remind < escalate && escalate < reassign))
            {
                throw new SweepSettingsException(Problem(
                    "must remind before it escalates and escalate before it reassigns: reminderAfterPercent < escalateAfterPercent < reassignAfterPercent."));
            }

            return new SweepSettings(EscalationLadder.FromPercents(remind, escalate, reassign), attempts);
        }
    }

    private static int Whole(JsonElement root, string name, int fallback, int minimum, int maximum)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return fallback;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out var number) || number < minimum || number > maximum)
        {
            throw new SweepSettingsException(Problem(
                "has " + name + " = " + value.GetRawText() + "; it must be a whole number from "
                + minimum.ToString(CultureInfo.InvariantCulture) + " to " + maximum.ToString(CultureInfo.InvariantCulture) + "."));
        }

        return number;
    }

    private static string Problem(string what) => "The environment variable " + EnvironmentVariableNames.SweepSettings + " " + what;
}
