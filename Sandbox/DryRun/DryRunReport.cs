using System;
using System.Globalization;
using System.IO;
using System.Linq;
using Dataverse.LeadHandover.Functions.Notifications;

namespace Dataverse.LeadHandover.Sandbox.DryRun;

/// <summary>
/// Prints a dry run: one block per lead (refusal, or rep, reason, due time in the rep's zone and what happened), then
/// the summary: how many were refused, routed and fell back, the SLA results, and fairness — handovers per rep with
/// the spread between the busiest and the idlest rep who received any.
/// </summary>
internal static class DryRunReport
{
    /// <summary>Beyond this many leads only the summary is printed, unless every lead is asked for.</summary>
    public const int PerLeadLimit = 200;

    public static void Write(TextWriter output, DryRunResult result, bool everyLead)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(result);
        var outcomes = result.Outcomes;
        if (everyLead || outcomes.Count <= PerLeadLimit)
        {
            output.WriteLine("== Leads");
            foreach (var outcome in outcomes)
            {
                WriteLead(output, outcome);
            }
        }
        else
        {
            output.WriteLine(F("== Leads: {0} replayed; per-lead lines left out above {1} (pass --every-lead to print them)", outcomes.Count, PerLeadLimit));
        }

        WriteSummary(output, result);
    }

    private static void WriteLead(TextWriter output, LeadOutcome outcome)
    {
        output.WriteLine(F("- line {0}, {1}, arrived {2:yyyy-MM-dd HH:mm} UTC", outcome.Line, outcome.Label, outcome.ArrivedOn.UtcDateTime));
        if (outcome.Refusal is not null)
        {
            output.WriteLine("    REFUSED: " + outcome.Refusal);
            return;
        }

        if (outcome.Rep is null)
        {
            output.WriteLine("    saved, not handed over (not sales ready)");
            return;
        }

        output.WriteLine(F("    {0} → {1} ({2}); due {3}", outcome.Tier ?? "no tier", outcome.Rep, outcome.Kind, RepLocalTime.Describe(outcome.DueOn, outcome.RepTimeZone)));
        if (outcome.Reason is not null)
        {
            output.WriteLine("    why: " + outcome.Reason.Replace('\n', ' '));
        }

        var sla = outcome.Status switch
        {
            "acknowledged" => F("acknowledged after {0} business minutes{1}", outcome.BusinessMinutesToAcknowledge, outcome.Breached ? ", SLA BREACHED" : ", within SLA"),
            "awaiting" when outcome.Overdue => "NOT acknowledged and past due when the replay ended",
            _ => outcome.Status ?? "unknown",
        };
        output.WriteLine("    " + sla + (outcome.AcknowledgementProblem is null ? string.Empty : " (acknowledgement refused: " + outcome.AcknowledgementProblem + ")"));
    }

    private static void WriteSummary(TextWriter output, DryRunResult result)
    {
        var outcomes = result.Outcomes;
        var handed = outcomes.Where(outcome => outcome.Rep is not null).ToList();
        var acknowledged = handed.Where(outcome => outcome.Status == "acknowledged").ToList();
        var breached = acknowledged.Count(outcome => outcome.Breached);
        var overdue = handed.Count(outcome => outcome.Overdue);
        output.WriteLine();
        output.WriteLine("== Summary");
        output.WriteLine(F("  leads: {0}; refused by the plug-ins: {1}; saved without handover: {2}; handed over: {3} (routed {4}, fallback {5})",
            outcomes.Count,
            outcomes.Count(outcome => outcome.Refusal is not null),
            outcomes.Count(outcome => outcome.Refusal is null && outcome.Rep is null),
            handed.Count,
            handed.Count(outcome => outcome.Kind == "routed"),
            handed.Count(outcome => outcome.Kind == "fallback")));
        output.WriteLine(F("  SLA: {0} acknowledged ({1} within SLA, {2} breached); {3} still awaiting, {4} of them past due at {5:yyyy-MM-dd HH:mm} UTC",
            acknowledged.Count, acknowledged.Count - breached, breached, handed.Count - acknowledged.Count, overdue, result.EndedAt.UtcDateTime));
        if (acknowledged.Count > 0)
        {
            var minutes = acknowledged.Select(outcome => outcome.BusinessMinutesToAcknowledge ?? 0).Order().ToList();
            output.WriteLine(F("  speed to lead: median {0} business minutes, slowest {1}", minutes[minutes.Count / 2], minutes[^1]));
        }

        output.WriteLine("  breach rate: " + (handed.Count == 0 ? "n/a" : F("{0:0.#} % of handed-over leads breached or are past due", 100.0 * (breached + overdue) / handed.Count)));
        output.WriteLine();
        output.WriteLine("== Fairness (routed handovers per rep)");
        var routed = handed.Where(outcome => outcome.Kind == "routed").GroupBy(outcome => outcome.Rep!).ToDictionary(group => group.Key, group => group.Count(), StringComparer.Ordinal);
        var width = result.Reps.Append("(fallback)").Max(name => name.Length);
        foreach (var rep in result.Reps)
        {
            var count = routed.TryGetValue(rep, out var n) ? n : 0;
            output.WriteLine(F("  {0} {1,4}  {2}", rep.PadRight(width), count, new string('#', Math.Min(count, 60))));
        }

        var fallbacks = handed.Count(outcome => outcome.Kind == "fallback");
        if (fallbacks > 0)
        {
            output.WriteLine(F("  {0} {1,4}  (no rep was eligible: the lead went to the owner's manager)", "(fallback)".PadRight(width), fallbacks));
        }

        var receiving = routed.Values.ToList();
        if (receiving.Count > 0)
        {
            output.WriteLine(F("  spread among the {0} reps who received leads: busiest {1}, idlest {2}, difference {3}; {4} reps received none (away, offline, out of hours, at capacity or not matching)",
                receiving.Count, receiving.Max(), receiving.Min(), receiving.Max() - receiving.Min(), result.Reps.Count - receiving.Count));
        }
    }

    private static string F(string format, params object?[] values) => string.Format(CultureInfo.InvariantCulture, format, values);
}
