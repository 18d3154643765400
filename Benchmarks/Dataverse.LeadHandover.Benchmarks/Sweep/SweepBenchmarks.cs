using System.Threading;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Dataverse.LeadHandover.Functions.Sweep;
using Microsoft.Extensions.DependencyInjection;

namespace Dataverse.LeadHandover.Benchmarks.Sweep;

/// <summary>
/// Processor time and allocations of one SLA sweep and of the per-record baseline over 100,000 open handovers
/// (10,000 due), in this process with the in-memory Dataverse. The in-memory Dataverse's query evaluation dominates
/// the sweep (each of its three pages evaluates a 100,000-row query with five links); the flow's reads are by id.
/// The figures that matter against Dataverse, requests and simulated time under its service protection limits, come
/// from the measured run (<see cref="SweepMeasuredRun"/>, "-- sweep"). Each iteration starts from a freshly seeded
/// organization, which is not timed.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3, invocationCount: 1)]
[MemoryDiagnoser]
public class SweepBenchmarks
{
    private SeededOrganization organization = null!;
    private VirtualClock clock = null!;

    [IterationSetup]
    public void Seed() => organization = SweepComparison.Prepare(out clock);

    [Benchmark(Baseline = true)]
    public int PerRecordFlow()
    {
        var flow = new PerRecordFlow(organization.Dataverse.ServiceFor(organization.AppUserId), new ServiceProtectionModel(), SeededOrganization.Now);
        flow.Run(organization.Due);
        return flow.Requests;
    }

    [Benchmark]
    public async Task<int> SlaSweep()
    {
        var dataverse = new SimulatedDataverse(organization.Dataverse.ServiceFor(organization.AppUserId), new ServiceProtectionModel(), clock);
        using var services = SweepComparison.SweepServices(dataverse, clock, new CountingNotices(), organization.Dataverse.OrganizationId);
        var report = await services.GetRequiredService<SlaSweeper>().RunAsync(CancellationToken.None);
        return report.Reminded + report.Escalated + report.Reassigned;
    }
}
