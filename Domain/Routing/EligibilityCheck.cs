using System;
using System.Collections.Generic;
using Dataverse.LeadHandover.Domain.Sla;

namespace Dataverse.LeadHandover.Domain.Routing;

/// <summary>
/// The eligibility rules for one decision: available, back from any absence, inside their own working
/// hours, below capacity, and not one of the reps who rejected this lead.
/// </summary>
internal sealed class EligibilityCheck
{
    private const int ScanLimit = 8;
    private const int CalendarsRemembered = 8;

    private readonly DateTime nowUtc;
    private readonly Guid[] excludedFew;
    private readonly HashSet<Guid>? excludedMany;

    // Reps of a team share a few calendar instances; remembering their answers for this decision spares
    // the calendars' own (thread-safe, so slower) memo on the hot path.
    private readonly BusinessCalendar?[] calendars = new BusinessCalendar?[CalendarsRemembered];
    private readonly bool[] working = new bool[CalendarsRemembered];
    private int nextSlot;

    public EligibilityCheck(DateTime nowUtc, IReadOnlyCollection<Guid>? excludedReps)
    {
        this.nowUtc = nowUtc;
        excludedFew = Array.Empty<Guid>();
        if (excludedReps is null || excludedReps.Count == 0)
        {
            return;
        }

        if (excludedReps.Count <= ScanLimit)
        {
            excludedFew = new Guid[excludedReps.Count];
            var i = 0;
            foreach (var id in excludedReps)
            {
                excludedFew[i++] = id;
            }
        }
        else
        {
            excludedMany = new HashSet<Guid>(excludedReps);
        }
    }

    public RepEligibility Of(RepCandidate rep)
    {
        if (IsExcluded(rep.UserId))
        {
            return RepEligibility.RejectedThisLead;
        }

        if (rep.Availability == RepAvailability.Offline)
        {
            return RepEligibility.Offline;
        }

        if (rep.Availability == RepAvailability.Away || (rep.AwayUntilUtc is DateTime awayUntil && awayUntil > nowUtc))
        {
            return RepEligibility.Away;
        }

        if (!IsWorkingTime(rep))
        {
            return RepEligibility.OutsideWorkingHours;
        }

        return rep.OpenHandovers >= rep.Capacity ? RepEligibility.AtCapacity : RepEligibility.Eligible;
    }

    public bool IsExcluded(Guid userId)
    {
        if (excludedMany is not null)
        {
            return excludedMany.Contains(userId);
        }

        foreach (var id in excludedFew)
        {
            if (id == userId)
            {
                return true;
            }
        }

        return false;
    }

    private bool IsWorkingTime(RepCandidate rep)
    {
        var calendar = rep.Calendar;
        for (var i = 0; i < CalendarsRemembered; i++)
        {
            if (ReferenceEquals(calendars[i], calendar))
            {
                return working[i];
            }
        }

        var answer = calendar.IsWorkingTime(nowUtc);
        calendars[nextSlot] = calendar;
        working[nextSlot] = answer;
        nextSlot = (nextSlot + 1) % CalendarsRemembered;
        return answer;
    }
}
