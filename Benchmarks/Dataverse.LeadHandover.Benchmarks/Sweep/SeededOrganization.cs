using System;
using System.Collections.Generic;
using Dataverse.LeadHandover.Domain.Schema;
using Dataverse.LeadHandover.Domain.Sla;
using Dataverse.LeadHandover.InMemory;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.Benchmarks.Sweep;

/// <summary>
/// An in-memory organization with the solution loaded and a book of open handovers written straight into the
/// Store (no pipeline, so seeding 100 000 rows takes seconds). The sweep runs on Wednesday 15 April 2026 at 14:00
/// UTC (15:00 in London, where all 500 reps work Mon-Fri 09:00-17:30). Due times are stamped on that calendar with
/// <see cref="SlaClock"/>, as the plug-ins stamp them.
/// </summary>
/// <remarks>
/// The due handovers are a third each of reminders (Warm, assigned this morning), escalations and reassignments (Hot).
/// The rest are open and not due: assigned today too late for their next step, which the sweep's window leaves unread,
/// except <c>readButNotDue</c> Cold handovers escalated yesterday afternoon, which the window has to read (their
/// business time stopped overnight) and the rep's calendar then rules out. That is the window's real cost in the middle
/// of a working day; older open handovers would already have climbed the ladder.
/// </remarks>
public sealed class SeededOrganization
{
    public const int Reps = 500;
    public const int Managers = 25;
    public const string TimeZone = "GMT Standard Time";
    public const string WorkingHours = "Mon-Fri 09:00-17:30";

    /// <summary>When the sweep runs.</summary>
    public static readonly DateTimeOffset Now = new(2026, 4, 15, 14, 0, 0, TimeSpan.Zero);

    private static readonly DateTime Today = new(2026, 4, 15, 0, 0, 0, DateTimeKind.Utc);

    private SeededOrganization(InMemoryDataverse dataverse, Guid appUserId, List<Guid> due)
    {
        Dataverse = dataverse;
        AppUserId = appUserId;
        Due = due;
    }

    public InMemoryDataverse Dataverse { get; }

    /// <summary>The Functions app's user (holding the Lead Handover Integration role, as the reject path requires of the sweep).</summary>
    public Guid AppUserId { get; }

    /// <summary>The handovers with a ladder step due now.</summary>
    public IReadOnlyList<Guid> Due { get; }

    public static SeededOrganization Create(TimeProvider clock, int handovers, int due, int readButNotDue)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var dataverse = new InMemoryDataverse(clock);
        SolutionLoader.Load(dataverse, RepositoryFolder.Combine("Solution", "src"), _ => typeof(InertStep));
        dataverse.RegisterCustomApi(new CustomApiDefinition(RejectHandoverApi.UniqueName, typeof(SeededRejectPlugin))
        {
            RequestParameters =
            [
                new CustomApiParameter(RejectHandoverApi.HandoverId, CustomApiParameterType.Guid),
                new CustomApiParameter(RejectHandoverApi.Reason, CustomApiParameterType.String),
            ],
            ResponseProperties = [new CustomApiParameter(RejectHandoverApi.NewHandoverId, CustomApiParameterType.Guid)],
        });

        var system = dataverse.SystemUserId;
        var store = dataverse.Store;
        var appUser = dataverse.AddUser("Lead Handover Functions", null, "Lead Handover Integration");
        var director = dataverse.AddUser("Director");
        var managers = new Guid[Managers];
        for (var m = 0; m < Managers; m++)
        {
            managers[m] = dataverse.AddUser("Manager " + m);
            store.Update(new Entity("systemuser", managers[m]) { ["parentsystemuserid"] = new EntityReference("systemuser", director) }, ConcurrencyBehavior.Default, system);
        }

        var calendarId = store.Create(
            new Entity(BusinessCalendarSchema.EntityName)
            {
                [BusinessCalendarSchema.Name] = "UK sales",
                [BusinessCalendarSchema.TimeZone] = TimeZone,
                [BusinessCalendarSchema.WorkingHours] = WorkingHours,
            },
            system);
        var reps = new Guid[Reps];
        for (var r = 0; r < Reps; r++)
        {
            reps[r] = dataverse.AddUser("Rep " + r);
            store.Create(
                new Entity(RepProfileSchema.EntityName)
                {
                    [RepProfileSchema.Name] = "Rep " + r,
                    [RepProfileSchema.UserId] = new EntityReference("systemuser", reps[r]),
                    [RepProfileSchema.CalendarId] = new EntityReference(BusinessCalendarSchema.EntityName, calendarId),
                },
                system);
        }

        var calendar = new BusinessCalendar(TimeZone, WorkingHours);
        var dueIds = new List<Guid>(due);
        for (var i = 0; i < handovers; i++)
        {
            var (tier, sla, level, assigned) = Shape(i, due, readButNotDue);
            var id = new Guid(i + 1, 0x5eed, 0, new byte[8]);
            var rep = reps[i % Reps];
            store.Create(
                new Entity(HandoverSchema.EntityName, id)
                {
                    [HandoverSchema.Name] = "Handover " + i,
                    [HandoverSchema.RepId] = new EntityReference("systemuser", rep),
                    [HandoverSchema.ManagerId] = new EntityReference("systemuser", managers[i % Reps % Managers]),
                    [HandoverSchema.Tier] = new OptionSetValue(tier),
                    [HandoverSchema.AssignedOn] = assigned,
                    [HandoverSchema.DueOn] = SlaClock.DueAt(assigned, sla, calendar),
                    [HandoverSchema.HandoverStatus] = new OptionSetValue(HandoverStatus.Awaiting),
                    [HandoverSchema.NotificationStatus] = new OptionSetValue(NotificationStatus.Sent),
                    [HandoverSchema.NotificationAttempts] = 1,
                    [HandoverSchema.EscalationLevel] = level,
                    [HandoverSchema.LinkTokenVersion] = 1,
                },
                system);
            if (i < due)
            {
                dueIds.Add(id);
            }
        }

        return new SeededOrganization(dataverse, appUser, dueIds);
    }

    private static (int Tier, int SlaMinutes, int Level, DateTime AssignedOn) Shape(int i, int due, int readButNotDue)
    {
        const int Hot = 60, Warm = 240, Cold = 480;
        if (i < due)
        {
            return (i % 3) switch
            {
                // Reminder: 120 of 240 business minutes passed by 14:00.
                0 => (LeadTier.Warm, Warm, 0, Today.AddHours(8).AddMinutes(i % 240)),

                // Escalation: due (60 minutes) by 14:00.
                1 => (LeadTier.Hot, Hot, 1, Today.AddHours(8).AddMinutes(i % 300)),

                // Reassignment: 200 % of 60 minutes by 14:00.
                _ => (LeadTier.Hot, Hot, 2, Today.AddHours(8).AddMinutes(i % 240)),
            };
        }

        if (i < due + readButNotDue)
        {
            // Escalated yesterday at 16:30 London; its 200 % comes at 16:00 London today, an hour after the sweep.
            return (LeadTier.Cold, Cold, 2, new DateTime(2026, 4, 13, 16, 0, 0, DateTimeKind.Utc));
        }

        return (i % 4) switch
        {
            0 => (LeadTier.Warm, Warm, 0, Today.AddHours(12).AddMinutes(1 + (i % 119))),
            1 => (LeadTier.Hot, Hot, 1, Today.AddHours(13).AddMinutes(1 + (i % 59))),
            2 => (LeadTier.Hot, Hot, 2, Today.AddHours(12).AddMinutes(1 + (i % 59))),
            _ => (LeadTier.Cold, Cold, 0, Today.AddHours(10).AddMinutes(1 + (i % 239))),
        };
    }
}
