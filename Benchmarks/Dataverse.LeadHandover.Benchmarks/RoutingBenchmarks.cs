using System;
using BenchmarkDotNet.Attributes;
using Dataverse.LeadHandover.Domain.Routing;
using Dataverse.LeadHandover.Domain.Sla;

namespace Dataverse.LeadHandover.Benchmarks;

/// <summary>
/// One routing decision over a whole team. Targets: at most 50 µs for 500 reps and 1 ms for 10 000, growing
/// linearly, with allocations that don't grow with the team. Reps share a few calendars, as reps of a team do;
/// everyone is eligible, so every rep is scored (the worst case for the second pass).
/// </summary>
[MemoryDiagnoser]
public class RoutingBenchmarks
{
    private static readonly Guid WebSource = new("00000000-0000-0000-0003-000000000001");

    private static readonly DateTime NowUtc = new(2025, 6, 2, 10, 0, 0, DateTimeKind.Utc);

    private readonly FallbackTarget fallback = FallbackTarget.TeamManager(new Guid("00000000-0000-0000-0001-000000000099"), "Team manager");

    private LeadRoutingProfile lead = null!;
    private RepCandidate[] reps = Array.Empty<RepCandidate>();

    [Params(500, 10_000)]
    public int TeamSize { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var calendars = new[]
        {
            new BusinessCalendar("GMT Standard Time", "Mon-Fri 09:00-17:30"),
            new BusinessCalendar("W. Europe Standard Time", "Mon-Fri 08:00-12:00, 13:00-17:00"),
            new BusinessCalendar("GMT Standard Time", "Mon-Sun 00:00-24:00"),
        };
        string[] segments = { "Enterprise", "Mid-market", "SMB" };
        string[] territories = { "EMEA", "UK", "DACH", "Nordics" };
        string[] skills = { "Manufacturing", "Retail", "Forecasting", "Quotes", "German", "Logistics" };
        lead = new LeadRoutingProfile(new Guid("00000000-0000-0000-0002-000000000001"), WebSource, "Web", "Hot")
        {
            CompanySizeBand = "Enterprise",
            Territory = "EMEA",
            Industry = "Manufacturing",
            ProductInterests = new[] { "Forecasting", "Quotes" },
        };
        reps = new RepCandidate[TeamSize];
        for (var n = 0; n < TeamSize; n++)
        {
            reps[n] = new RepCandidate(new Guid(n + 1, 0, 0, new byte[8]), "Rep " + n, calendars[n % calendars.Length])
            {
                Capacity = 8,
                OpenHandovers = n % 8,
                Segments = new[] { segments[n % 3] },
                Territories = new[] { territories[n % 4], territories[(n + 1) % 4] },
                Skills = new[] { skills[n % 6], skills[(n + 2) % 6], skills[(n + 3) % 6] },
                ManagerId = new Guid("00000000-0000-0000-0001-000000000001"),
                LastAssignedUtc = NowUtc.AddMinutes(-(n * 7 % 2000)),
                AwayUntilUtc = n % 50 == 0 ? NowUtc.AddHours(-1) : null,
                TrackRecords = new[] { new RepTrackRecord(WebSource, "Hot", 3 + (n % 40), 3 + (n % 40), 5 + (n % 90), n % 3) },
            };
        }
    }

    [Benchmark]
    public RoutingDecision Decide() => LeadRouter.Decide(lead, reps, RoutingPolicy.Default, NowUtc, null, fallback, null);
}
