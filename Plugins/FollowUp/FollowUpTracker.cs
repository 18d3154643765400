using System;
using Dataverse.LeadHandover.Plugins.Data;

namespace Dataverse.LeadHandover.Plugins.FollowUp;

/// <summary>
/// Counts the completed contact attempts regarding a lead since its current handover, from the activities
/// themselves: a recount, never an increment, so it is right however often a state change runs it.
/// </summary>
public sealed class FollowUpTracker
{
    private readonly ILeadReader _leads;
    private readonly IHandoverLedger _ledger;
    private readonly IContactAttemptLog _attempts;

    public FollowUpTracker(ILeadReader leads, IHandoverLedger ledger, IContactAttemptLog attempts)
    {
        _leads = leads ?? throw new ArgumentNullException(nameof(leads));
        _ledger = ledger ?? throw new ArgumentNullException(nameof(ledger));
        _attempts = attempts ?? throw new ArgumentNullException(nameof(attempts));
    }

    /// <summary>The lead's progress, or null when the lead has no handover yet (follow-up starts at handover).</summary>
    public FollowUpProgress? Track(Guid leadId)
    {
        var handoverId = _leads.Find(leadId)?.CurrentHandoverId;
        var handover = handoverId is Guid id ? _ledger.Find(id) : null;
        if (handover?.AssignedOn is not DateTime assignedOn)
        {
            return null;
        }

        var count = 0;
        DateTime? first = null;
        DateTime? last = null;
        foreach (var at in _attempts.CompletedRegarding(leadId))
        {
            if (at < assignedOn)
            {
                continue;
            }

            count++;
            first = first is DateTime f && f <= at ? f : at;
            last = last is DateTime l && l >= at ? l : at;
        }

        return new FollowUpProgress(leadId, count, last, handover.Id, handover.FirstContactOn is null ? first : null);
    }
}
