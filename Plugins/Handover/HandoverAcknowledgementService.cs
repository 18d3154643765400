using System;
using Dataverse.LeadHandover.Domain.Schema;
using Dataverse.LeadHandover.Domain.Sla;
using Dataverse.LeadHandover.Plugins.Data;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.Plugins.Handover;

/// <summary>
/// lh_AcknowledgeHandover: the assigned rep, or a sales manager on the rep's behalf, takes the handover and its SLA
/// clock stops. Idempotent: a second call answers the first acknowledgement and writes nothing. Safe against a
/// concurrent change: the write succeeds only on the row version that was read.
/// </summary>
public sealed class HandoverAcknowledgementService
{
    private readonly IHandoverLedger _ledger;
    private readonly IHandoverRecorder _recorder;
    private readonly IRepCalendars _calendars;
    private readonly ICallerRoles _roles;

    public HandoverAcknowledgementService(IHandoverLedger ledger, IHandoverRecorder recorder, IRepCalendars calendars, ICallerRoles roles)
    {
        _ledger = ledger ?? throw new ArgumentNullException(nameof(ledger));
        _recorder = recorder ?? throw new ArgumentNullException(nameof(recorder));
        _calendars = calendars ?? throw new ArgumentNullException(nameof(calendars));
        _roles = roles ?? throw new ArgumentNullException(nameof(roles));
    }

    public HandoverAcknowledgement Acknowledge(AcknowledgementRequest request)
    {
        if (request is null)
        {
            throw new ArgumentNullException(nameof(request));
        }

        var handover = _ledger.Find(request.HandoverId)
            ?? throw new InvalidPluginExecutionException("There is no handover " + request.HandoverId + " to acknowledge: it may have been deleted.");
        var refusal = HandoverCallerCheck.Refusal(handover, request.CallerId, request.OnBehalfOfRep, "acknowledge", _roles);
        if (refusal is not null)
        {
            throw new InvalidPluginExecutionException(refusal);
        }

        if (handover.Status == HandoverStatus.Acknowledged && handover.AcknowledgedOn is DateTime acknowledgedOn)
        {
            // Teams, the form and a retried request may all acknowledge: the first one counts, later ones hear its answer.
            return new HandoverAcknowledgement(
                acknowledgedOn,
                request.CallerId,
                request.OnBehalfOfRep,
                handover.BusinessMinutesToAcknowledge ?? 0,
                handover.Breached,
                handover.LinkTokenVersion);
        }

        if (handover.Status != HandoverStatus.Awaiting)
        {
            throw new InvalidPluginExecutionException("This handover can no longer be acknowledged: it was " + StatusText(handover.Status)
                + ". Open the lead to see its current handover.");
        }

        var now = request.OperationTime;
        var assignedOn = handover.AssignedOn ?? now;
        var acknowledgement = new HandoverAcknowledgement(
            now,
            request.CallerId,
            handover.RepId != request.CallerId,
            SlaClock.BusinessMinutesBetween(assignedOn, now, _calendars.CalendarOf(handover.RepId ?? request.CallerId)),
            handover.Breached || (handover.DueOn is DateTime due && now > due),
            handover.LinkTokenVersion + 1);
        _recorder.Acknowledge(handover, acknowledgement);
        return acknowledgement;
    }

    internal static string StatusText(int? status) => status switch
    {
        HandoverStatus.Acknowledged => "acknowledged",
        HandoverStatus.Rejected => "rejected",
        HandoverStatus.Reassigned => "reassigned",
        HandoverStatus.Expired => "expired",
        _ => "closed",
    };
}
