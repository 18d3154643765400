using System;
using System.Collections.Generic;
using Dataverse.LeadHandover.Domain.Routing;
using Dataverse.LeadHandover.Domain.Sla;

namespace Dataverse.LeadHandover.Plugins.Handover;

/// <summary>The reps the router chooses among, with what the ledger row needs about whoever is chosen.</summary>
public sealed class RepRoster
{
    private readonly Dictionary<Guid, RepCandidate> _byUser;
    private readonly Dictionary<Guid, Guid> _profileByUser;

    public RepRoster(IReadOnlyList<RepCandidate> candidates, IReadOnlyDictionary<Guid, Guid> profileIdsByUser, BusinessCalendar defaultCalendar)
    {
        Candidates = candidates ?? throw new ArgumentNullException(nameof(candidates));
        DefaultCalendar = defaultCalendar ?? throw new ArgumentNullException(nameof(defaultCalendar));
        _byUser = new Dictionary<Guid, RepCandidate>(candidates.Count);
        foreach (var candidate in candidates)
        {
            _byUser[candidate.UserId] = candidate;
        }

        _profileByUser = new Dictionary<Guid, Guid>();
        foreach (var pair in profileIdsByUser ?? throw new ArgumentNullException(nameof(profileIdsByUser)))
        {
            _profileByUser[pair.Key] = pair.Value;
        }
    }

    public IReadOnlyList<RepCandidate> Candidates { get; }

    /// <summary>For assignees without a usable rep profile (a manager, a fallback): see <see cref="RepCalendarResolver.Fallback"/>.</summary>
    public BusinessCalendar DefaultCalendar { get; }

    /// <summary>The calendar the assignee's SLA is counted on.</summary>
    public BusinessCalendar CalendarOf(Guid userId) => _byUser.TryGetValue(userId, out var rep) ? rep.Calendar : DefaultCalendar;

    public RepCandidate? Find(Guid userId) => _byUser.TryGetValue(userId, out var rep) ? rep : null;

    public Guid? ProfileIdOf(Guid userId) => _profileByUser.TryGetValue(userId, out var id) ? id : null;
}
