using System;

namespace Dataverse.LeadHandover.Functions.Tests.Timers;

/// <summary>
/// The timeline the ladder tests walk. A Warm handover (240 business minutes) assigned on Friday 27 March 2026 at
/// 16:30 in London, on a calendar of Mon-Fri 09:00-17:30: an hour counts on Friday; the weekend, during which the
/// UK moves to summer time (Sunday 29 March, 01:00 UTC), and the bank holiday on Monday 30 March count nothing; from
/// Tuesday 09:00 BST (08:00 UTC) the clock runs again. So 50 % (120 minutes) falls at 10:00 BST, 100 % (the due
/// time) at 12:00 BST and 200 % (480 minutes) at 16:00 BST on Tuesday 31 March.
/// </summary>
internal static class SweepScenario
{
    public const string TimeZone = "GMT Standard Time";
    public const string WorkingHours = "Mon-Fri 09:00-17:30";
    public const int WarmSlaMinutes = 240;

    public static readonly DateTime AssignedOn = new(2026, 3, 27, 16, 30, 0, DateTimeKind.Utc);
    public static readonly DateTime Holiday = new(2026, 3, 30, 0, 0, 0, DateTimeKind.Unspecified);
    public static readonly DateTime RemindAt = new(2026, 3, 31, 9, 0, 0, DateTimeKind.Utc);
    public static readonly DateTime DueOn = new(2026, 3, 31, 11, 0, 0, DateTimeKind.Utc);
    public static readonly DateTime ReassignAt = new(2026, 3, 31, 15, 0, 0, DateTimeKind.Utc);

    /// <summary>When the organization's clock starts: the moment of assignment.</summary>
    public static readonly DateTimeOffset Start = new(AssignedOn);
}
