using System;

namespace Dataverse.LeadHandover.Benchmarks.Sweep;

/// <summary>What one comparison run measured, on the simulated clock.</summary>
public sealed record SweepFigures
{
    public required int OpenHandovers { get; init; }

    public required int Due { get; init; }

    /// <summary>Rows the sweep's query returned (the due ones, plus those its window can't rule out without a calendar).</summary>
    public required int RowsRead { get; init; }

    /// <summary>Ladder steps the sweep took; must equal <see cref="Due"/>.</summary>
    public required int StepsTaken { get; init; }

    public required int Notices { get; init; }

    /// <summary>Environment variables, calendars and holidays: read once, then reused for 15 minutes of runs.</summary>
    public required int ReferenceReads { get; init; }

    public required int SweepPages { get; init; }

    public required int SweepBatches { get; init; }

    public required int SweepOtherRequests { get; init; }

    public required int BatchedOperations { get; init; }

    public required int SweepRefused { get; init; }

    public required TimeSpan SweepTime { get; init; }

    /// <summary>Runs production's cap of 1,000 steps per run needs for the same work (the last one finds nothing).</summary>
    public required int CappedRuns { get; init; }

    /// <summary>Every request of those runs, reference data included.</summary>
    public required int CappedRequests { get; init; }

    public required TimeSpan CappedTime { get; init; }

    public required int FlowRequests { get; init; }

    public required int FlowRefused { get; init; }

    public required TimeSpan FlowTime { get; init; }

    public required TimeSpan Latency { get; init; }

    public int SweepRequests => SweepPages + SweepBatches + SweepOtherRequests;

    /// <summary>The fewest requests that can do the work: pages of 5,000 due rows plus batches of 1,000 steps.</summary>
    public int MinimumRequests => Ceiling(Due, 5000) + Ceiling(Due, 1000);

    public double RequestRatio => (double)FlowRequests / SweepRequests;

    public double TimeRatio => FlowTime / SweepTime;

    public double OverMinimum => (double)(SweepRequests - MinimumRequests) / MinimumRequests;

    public bool MeetsTargets => RequestRatio >= 50 && TimeRatio >= 10 && OverMinimum <= 0.10 && StepsTaken == Due;

    private static int Ceiling(int count, int size) => (count + size - 1) / size;
}
