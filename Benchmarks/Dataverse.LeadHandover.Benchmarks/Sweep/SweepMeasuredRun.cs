using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Threading;

namespace Dataverse.LeadHandover.Benchmarks.Sweep;

/// <summary>
/// The sweep benchmark's measured run (<c>dotnet run -c Release --project Benchmarks/Dataverse.LeadHandover.Benchmarks -- sweep</c>):
/// prints Dataverse requests and simulated time for the sweep and the per-record baseline, their ratios and the
/// targets (≥ 50× fewer requests, ≥ 10× less time, requests within 10 % of pages plus batches). Exit code 0 when
/// every target is met.
/// </summary>
public static class SweepMeasuredRun
{
    /// <summary>Server time per operation inside a batch, for the sensitivity line (the model charges a batch like one request).</summary>
    private static readonly TimeSpan PerBatchedOperation = TimeSpan.FromMilliseconds(10);

    public static int Run(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var watch = Stopwatch.StartNew();
        var figures = SweepComparison.RunAsync(CancellationToken.None).GetAwaiter().GetResult();
        watch.Stop();
        Print(output, figures, watch.Elapsed);
        return figures.MeetsTargets ? 0 : 1;
    }

    public static void Print(TextWriter output, SweepFigures figures, TimeSpan wallTime)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(figures);
        var c = CultureInfo.InvariantCulture;
        output.WriteLine(string.Format(c, "SLA sweep: {0:N0} open handovers, {1:N0} due; the query read {2:N0} rows ({3:N0} ruled out on the rep's calendar).", figures.OpenHandovers, figures.Due, figures.RowsRead, figures.RowsRead - figures.Due));
        output.WriteLine(string.Format(c, "Model: {0:N0} ms per request, 52 concurrent, 6,000 requests per 5 minutes, simulated clock (no sleeping).", figures.Latency.TotalMilliseconds));
        output.WriteLine();
        output.WriteLine(string.Format(c, "{0,-34} {1,10} {2,8} {3,16}", "", "requests", "refused", "simulated time"));
        output.WriteLine(string.Format(c, "{0,-34} {1,10:N0} {2,8:N0} {3,16}", "SLA sweep", figures.SweepRequests, figures.SweepRefused, Time(figures.SweepTime)));
        output.WriteLine(string.Format(c, "{0,-34} {1,10:N0} {2,8:N0} {3,16}", "Per-record flow (52 in parallel)", figures.FlowRequests, figures.FlowRefused, Time(figures.FlowTime)));
        output.WriteLine();
        output.WriteLine(string.Format(c, "Sweep requests: {0} pages + {1} ExecuteMultiple batches ({2:N0} operations) + {3} other; reference data {4} more, once per 15 minutes.", figures.SweepPages, figures.SweepBatches, figures.BatchedOperations, figures.SweepOtherRequests, figures.ReferenceReads));
        output.WriteLine(string.Format(c, "Steps taken: {0:N0} of {1:N0}; Teams notices: {2:N0}.", figures.StepsTaken, figures.Due, figures.Notices));
        output.WriteLine(string.Format(c, "With production's cap ({0:N0} steps a run) from a cold start: {1} runs, {2:N0} requests in all (reference data included), {3} of Dataverse time: {4:N0}x fewer requests than the flow.", SweepComparison.ProductionStepsPerRun, figures.CappedRuns, figures.CappedRequests, Time(figures.CappedTime), (double)figures.FlowRequests / figures.CappedRequests));
        output.WriteLine();
        output.WriteLine(string.Format(c, "Fewer requests: {0:N0}x (target >= 50x) {1}", figures.RequestRatio, Mark(figures.RequestRatio >= 50)));
        output.WriteLine(string.Format(c, "Less time:      {0:N0}x (target >= 10x) {1}", figures.TimeRatio, Mark(figures.TimeRatio >= 10)));
        output.WriteLine(string.Format(c, "Minimum (pages + batches): {0}; sweep {1} = {2:+0.0 %;-0.0 %;0 %} (target <= +10 %) {3}", figures.MinimumRequests, figures.SweepRequests, figures.OverMinimum, Mark(figures.OverMinimum <= 0.10)));
        var pessimistic = figures.SweepTime + (figures.BatchedOperations * PerBatchedOperation);
        output.WriteLine(string.Format(c, "If each batched operation also cost {0:N0} ms of server time, the sweep's batches, sent one after another, would take {1} ({2:N0}x less than the flow).", PerBatchedOperation.TotalMilliseconds, Time(pessimistic), figures.FlowTime / pessimistic));
        output.WriteLine(string.Format(c, "Measured in {0:N1} s of wall time (seeding three organizations included).", wallTime.TotalSeconds));
    }

    private static string Time(TimeSpan time) => time.TotalMinutes >= 1
        ? string.Format(CultureInfo.InvariantCulture, "{0:N0} min {1:N1} s", Math.Floor(time.TotalMinutes), time.TotalSeconds % 60)
        : string.Format(CultureInfo.InvariantCulture, "{0:N2} s", time.TotalSeconds);

    private static string Mark(bool met) => met ? "met" : "NOT MET";
}
