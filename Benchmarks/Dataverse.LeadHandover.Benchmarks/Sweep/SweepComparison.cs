using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Dataverse.LeadHandover.Functions.Dataverse;
using Dataverse.LeadHandover.Functions.Notifications;
using Dataverse.LeadHandover.Functions.Options;
using Dataverse.LeadHandover.Functions.Sweep;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Dataverse.LeadHandover.Benchmarks.Sweep;

/// <summary>
/// Runs the Functions app's SLA sweep and the per-record baseline over two identical organizations, each behind the
/// same service protection model on its own simulated clock, and collects the figures.
/// </summary>
public static class SweepComparison
{
    public const int OpenHandovers = 100_000;
    public const int Due = 10_000;
    public const int ReadButNotDue = 1_000;

    /// <summary>Production's <c>Sweep:MaxStepsPerRun</c>, set by Teams' 4 posts a second within the function timeout.</summary>
    public const int ProductionStepsPerRun = 1000;

    public static async Task<SweepFigures> RunAsync(CancellationToken cancellationToken)
    {
        var sweep = await SweepAsync(Prepare(out var sweepClock), sweepClock, cancellationToken);
        var (cappedRuns, cappedRequests, cappedTime) = await CappedRunsAsync(Prepare(out var cappedClock), cappedClock, cancellationToken);
        var flowOrganization = Prepare(out _);
        var flowModel = new ServiceProtectionModel();
        var flow = new PerRecordFlow(flowOrganization.Dataverse.ServiceFor(flowOrganization.AppUserId), flowModel, SeededOrganization.Now);
        flow.Run(flowOrganization.Due);
        return sweep with
        {
            CappedRuns = cappedRuns,
            CappedRequests = cappedRequests,
            CappedTime = cappedTime,
            FlowRequests = flow.Requests,
            FlowRefused = flowModel.Refused,
            FlowTime = flow.SimulatedTime,
        };
    }

    /// <summary>A freshly seeded organization and the simulated clock it runs on.</summary>
    public static SeededOrganization Prepare(out VirtualClock clock)
    {
        clock = new VirtualClock(SeededOrganization.Now);
        return SeededOrganization.Create(clock, OpenHandovers, Due, ReadButNotDue);
    }

    /// <summary>The sweep's services as Program.cs registers them, over the simulated Dataverse.</summary>
    public static ServiceProvider SweepServices(SimulatedDataverse dataverse, VirtualClock clock, CountingNotices notices, Guid organizationId, int maxStepsPerRun = 1_000_000)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Dataverse:Url"] = "https://contoso.crm4.dynamics.com",
            ["Webhook:SharedKey"] = "benchmark-webhook-key-0123456789-abcdefghij",
            ["Webhook:AllowedOrganizationId"] = organizationId.ToString("D"),
            ["Teams:WorkflowUrl"] = "https://teams.example.invalid/workflows/benchmark",
            ["Acknowledgement:PublicBaseUrl"] = "https://functions.example.invalid/api",
            ["Acknowledgement:LinkSigningKey"] = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray()),
            ["Queues:Connection"] = "UseDevelopmentStorage=true",
            ["Queues:NotificationQueueName"] = "lh-handover-notifications",
            ["Sweep:MaxStepsPerRun"] = maxStepsPerRun.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddLogging();
        services.AddSingleton<TimeProvider>(clock);
        services.AddSingleton<IDataverseClientFactory>(new SimulatedClientFactory(dataverse));
        services.AddSingleton<ISlaNotices>(notices);
        services.AddLeadHandoverOptions().AddDataverse().AddHandoverNotifications().AddSlaSweep();
        return services.BuildServiceProvider();
    }

    private static async Task<SweepFigures> SweepAsync(SeededOrganization organization, VirtualClock clock, CancellationToken cancellationToken)
    {
        var model = new ServiceProtectionModel();
        var dataverse = new SimulatedDataverse(organization.Dataverse.ServiceFor(organization.AppUserId), model, clock);
        var notices = new CountingNotices();
        using var services = SweepServices(dataverse, clock, notices, organization.Dataverse.OrganizationId);

        // The reference data is read on a run's first use and kept for 15 minutes; counted apart from the sweep itself.
        await services.GetRequiredService<SweepReferenceReader>().GetAsync(Guid.Empty, cancellationToken);
        var referenceReads = dataverse.Requests;
        dataverse.ResetCounts();
        var started = clock.GetUtcNow();
        var report = await services.GetRequiredService<SlaSweeper>().RunAsync(cancellationToken);

        return new SweepFigures
        {
            OpenHandovers = OpenHandovers,
            Due = organization.Due.Count,
            RowsRead = report.RowsRead,
            StepsTaken = report.Reminded + report.Escalated + report.Reassigned,
            Notices = notices.Sent,
            ReferenceReads = referenceReads,
            SweepPages = dataverse.Queries,
            SweepBatches = dataverse.Batches,
            SweepOtherRequests = dataverse.Others,
            BatchedOperations = dataverse.BatchedOperations,
            SweepRefused = model.Refused,
            SweepTime = clock.GetUtcNow() - started,
            CappedRuns = 0,
            CappedRequests = 0,
            CappedTime = TimeSpan.Zero,
            FlowRequests = 0,
            FlowRefused = 0,
            FlowTime = TimeSpan.Zero,
            Latency = model.Latency,
        };
    }

    /// <summary>
    /// The same work with production's cap, from a cold start: runs back to back until one finds nothing left to do,
    /// every request counted (the reference data's reads included).
    /// </summary>
    private static async Task<(int Runs, int Requests, TimeSpan Time)> CappedRunsAsync(SeededOrganization organization, VirtualClock clock, CancellationToken cancellationToken)
    {
        var model = new ServiceProtectionModel();
        var dataverse = new SimulatedDataverse(organization.Dataverse.ServiceFor(organization.AppUserId), model, clock);
        using var services = SweepServices(dataverse, clock, new CountingNotices(), organization.Dataverse.OrganizationId, ProductionStepsPerRun);
        var started = clock.GetUtcNow();
        var runs = 0;
        while (true)
        {
            runs++;
            var report = await services.GetRequiredService<SlaSweeper>().RunAsync(cancellationToken);
            if (report.Reminded + report.Escalated + report.Reassigned == 0)
            {
                return (runs, dataverse.Requests, clock.GetUtcNow() - started);
            }
        }
    }
}
