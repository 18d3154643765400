using System;
using System.Collections.Generic;
using Dataverse.LeadHandover.Domain.Intake;
using Dataverse.LeadHandover.Domain.Schema;
using Dataverse.LeadHandover.Plugins.Data;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.Plugins.Handover;

/// <summary>
/// lh_RejectHandover: the assigned rep (or a sales manager for them) declines with a reason; the handover closes as
/// Rejected and the lead is routed to the next rep, never to anyone who has rejected it. The rejection costs nobody
/// anything: rejected handovers count neither in capacity nor in track records, and the rejecting rep gets back the
/// place in the rotation this lead had taken. Idempotent: rejecting again answers the handover the first rejection
/// created.
/// </summary>
public sealed class HandoverRejectionService
{
    private readonly IHandoverLedger _ledger;
    private readonly IHandoverRecorder _recorder;
    private readonly ILeadReader _leads;
    private readonly ICallerRoles _roles;
    private readonly HandoverAssignmentService _assignment;

    public HandoverRejectionService(
        IHandoverLedger ledger, IHandoverRecorder recorder, ILeadReader leads, ICallerRoles roles, HandoverAssignmentService assignment)
    {
        _ledger = ledger ?? throw new ArgumentNullException(nameof(ledger));
        _recorder = recorder ?? throw new ArgumentNullException(nameof(recorder));
        _leads = leads ?? throw new ArgumentNullException(nameof(leads));
        _roles = roles ?? throw new ArgumentNullException(nameof(roles));
        _assignment = assignment ?? throw new ArgumentNullException(nameof(assignment));
    }

    /// <summary>The id of the handover the lead now has (new, or the one the first rejection created).</summary>
    public Guid Reject(RejectionRequest request)
    {
        if (request is null)
        {
            throw new ArgumentNullException(nameof(request));
        }

        var handover = _ledger.Find(request.HandoverId)
            ?? throw new InvalidPluginExecutionException("There is no handover " + request.HandoverId + " to reject: it may have been deleted.");

        // The SLA sweep (the Functions app, holding the integration role) takes back a handover nobody acknowledged:
        // the same reassignment, recorded as Expired rather than as the rep's rejection.
        var automatic = IntegrationRole.IsHeldBy(_roles, request.CallerId);

        // The API has no "on behalf" switch: a manager who rejects does so for the rep by definition.
        var refusal = automatic ? null : HandoverCallerCheck.Refusal(handover, request.CallerId, onBehalfOfRep: true, "reject", _roles);
        if (refusal is not null)
        {
            throw new InvalidPluginExecutionException(refusal);
        }

        if (handover.Status is HandoverStatus.Rejected or HandoverStatus.Expired)
        {
            return _ledger.NextAfter(handover)?.Id
                ?? throw new InvalidPluginExecutionException("This handover was already rejected, and the lead has no later handover to show.");
        }

        if (handover.Status != HandoverStatus.Awaiting)
        {
            throw new InvalidPluginExecutionException("This handover can no longer be rejected: it was " + HandoverAcknowledgementService.StatusText(handover.Status)
                + ". Ask a sales manager to give the lead to someone else.");
        }

        var reason = LeadText.MultiLine(request.Reason)
            ?? throw new InvalidPluginExecutionException("Give a reason to reject this handover: the next rep and your manager read it.");
        var lead = (handover.LeadId is Guid leadId ? _leads.Find(leadId) : null)
            ?? throw new InvalidPluginExecutionException("The lead of this handover no longer exists, so it can't be passed on.");

        _recorder.Close(handover, automatic ? HandoverStatus.Expired : HandoverStatus.Rejected, reason);
        if (handover.RepId is Guid rep)
        {
            _recorder.RestoreLastAssigned(rep, _ledger.LastAssignmentOf(rep, handover.Id));
        }

        var excluded = new HashSet<Guid>(_ledger.RepsWhoGaveItBack(lead.LeadId));
        if (handover.RepId is Guid rejectedBy)
        {
            excluded.Add(rejectedBy);
        }

        return _recorder.Record(_assignment.PlanAfterRejection(lead, handover, excluded, request.OperationTime, request.CallerId));
    }
}
