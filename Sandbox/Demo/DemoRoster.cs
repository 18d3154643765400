using System;
using System.Collections.Generic;

namespace Dataverse.LeadHandover.Sandbox.Demo;

/// <summary>
/// The demo organisation's people: a sales director, two managers and ten reps in three time zones, with their
/// calendars (2026 public holidays of England, Germany and the US). Some reps are away, offline or near capacity,
/// so routing has something to decide.
/// </summary>
internal static class DemoRoster
{
    public const string Director = "Alex Morgan";
    public const string EmeaManager = "Morgan Blake";
    public const string AmericasManager = "Priya Shah";
    public const string UkCalendar = "UK office";
    public const string EuropeCalendar = "Central Europe office";
    public const string UsCalendar = "US East office";

    public static IReadOnlyList<(string Name, string? ReportsTo)> Managers { get; } =
    [
        (Director, null),
        (EmeaManager, Director),
        (AmericasManager, Director),
    ];

    public static IReadOnlyList<DemoCalendar> Calendars { get; } =
    [
        new(UkCalendar, "GMT Standard Time", Days(2026, (1, 1), (4, 3), (4, 6), (5, 4), (5, 25), (8, 31), (12, 25), (12, 28))),
        new(EuropeCalendar, "W. Europe Standard Time", Days(2026, (1, 1), (4, 3), (4, 6), (5, 1), (5, 14), (5, 25), (12, 24), (12, 25))),
        new(UsCalendar, "Eastern Standard Time", Days(2026, (1, 1), (1, 19), (2, 16), (5, 25), (6, 19), (7, 3), (9, 7), (11, 26), (12, 25))),
    ];

    public static IReadOnlyList<DemoRep> Reps { get; } =
    [
        new("Ana Silva", EmeaManager, UkCalendar, "GMT Standard Time", "Enterprise, Mid-market", "United Kingdom, Ireland", "Durable Manufacturing, Transportation, Scheduling", 8, Entra(1)),
        new("Ben Carter", EmeaManager, UkCalendar, "GMT Standard Time", "SMB, Mid-market", "United Kingdom, Ireland", "Business Services, Consulting", 10, Entra(2)),
        new("Chloé Martin", EmeaManager, EuropeCalendar, "W. Europe Standard Time", "Enterprise", "Germany, France, Austria, Switzerland", "Financial, Insurance, Analytics", 6, Entra(3)),
        new("David Müller", EmeaManager, EuropeCalendar, "W. Europe Standard Time", "Mid-market, SMB", "Germany, France, Austria, Switzerland", "Durable Manufacturing, Wholesale", 8, Entra(4)),
        new("Elena Rossi", EmeaManager, EuropeCalendar, "W. Europe Standard Time", "Enterprise, Mid-market", "Germany, France, Austria, Switzerland", "Consulting, Legal Services", 8, Entra(5)) { AwayForDays = 3 },
        new("Frank Osei", EmeaManager, UkCalendar, "GMT Standard Time", "SMB", "United Kingdom, Ireland", "Service Retail, Consumer Services", 8, Entra(6)) { Offline = true },
        new("Grace Kim", AmericasManager, UsCalendar, "Eastern Standard Time", "Enterprise", "United States, Canada", "Financial, Insurance", 8, Entra(7)),
        new("Hector Ruiz", AmericasManager, UsCalendar, "Eastern Standard Time", "Mid-market, SMB", "United States, Canada", "Transportation, Wholesale, Durable Manufacturing", 10, Entra(8)),
        new("Ivy Chen", AmericasManager, UsCalendar, "Pacific Standard Time", "Mid-market, SMB", "United States, Canada", "Business Services, Consulting", 8, Entra(9)),
        new("Jamal Wright", AmericasManager, UsCalendar, "Eastern Standard Time", "SMB", "United States, Canada", "Consumer Services, Service Retail", 1, Entra(10)),
    ];

    /// <summary>Readable object ids (…0001 to …0010), so a card's mention is easy to trace to its rep.</summary>
    private static Guid Entra(int number) => new("5a9d0000-0000-4000-8000-" + number.ToString("D12", System.Globalization.CultureInfo.InvariantCulture));

    private static DateTime[] Days(int year, params (int Month, int Day)[] days)
    {
        var dates = new DateTime[days.Length];
        for (var i = 0; i < days.Length; i++)
        {
            dates[i] = new DateTime(year, days[i].Month, days[i].Day, 0, 0, 0, DateTimeKind.Utc);
        }

        return dates;
    }
}
