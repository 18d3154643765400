using System;
using System.ServiceModel;
using Dataverse.LeadHandover.Domain.Schema;
using Dataverse.LeadHandover.Plugins.Handover;
using Dataverse.LeadHandover.Plugins.Mapping;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.LeadHandover.Plugins.Data;

/// <summary>
/// Writes through the plug-in's organization service, so everything joins the caller's transaction: an assignment is
/// all written or not at all. Acknowledge and Reject update only if the row is still the version that was read
/// (https://learn.microsoft.com/power-apps/developer/data-platform/optimistic-concurrency).
/// </summary>
public sealed class DataverseHandoverRecorder : IHandoverRecorder
{
    /// <summary>ConcurrencyVersionMismatch (0x80060882): the row changed since it was read.</summary>
    public const int ConcurrencyVersionMismatch = -2147088254;

    public const string ChangedBySomeoneElse =
        "This handover was changed by someone else while you were working on it. Nothing was saved: refresh it and try again.";

    private readonly IOrganizationService _service;

    public DataverseHandoverRecorder(IOrganizationService service) =>
        _service = service ?? throw new ArgumentNullException(nameof(service));

    public Guid Record(HandoverPlan plan)
    {
        if (plan is null)
        {
            throw new ArgumentNullException(nameof(plan));
        }

        foreach (var closure in plan.Closures)
        {
            _service.Update(HandoverRowMapper.Closure(closure));
        }

        var handoverId = _service.Create(HandoverRowMapper.NewRow(plan));
        var lead = new Entity(LeadSchema.EntityName, plan.Lead.LeadId)
        {
            [LeadSchema.CurrentHandoverId] = new EntityReference(HandoverSchema.EntityName, handoverId),
        };
        if (plan.Lead.OwnerId != plan.Decision.AssigneeId)
        {
            lead[LeadSchema.OwnerId] = new EntityReference("systemuser", plan.Decision.AssigneeId);
        }

        _service.Update(lead);
        if (plan.RepProfileToStamp is Guid profile)
        {
            _service.Update(new Entity(RepProfileSchema.EntityName, profile) { [RepProfileSchema.LastAssignedOn] = plan.AssignedOn });
        }

        if (plan.FirstTouch is { } firstTouch)
        {
            _service.Create(FirstTouchActivityMapper.NewRow(firstTouch, plan.Lead.LeadId));
        }

        return handoverId;
    }

    public void Acknowledge(HandoverRow handover, HandoverAcknowledgement acknowledgement)
    {
        if (handover is null)
        {
            throw new ArgumentNullException(nameof(handover));
        }

        if (acknowledgement is null)
        {
            throw new ArgumentNullException(nameof(acknowledgement));
        }

        UpdateIfUnchanged(handover, new Entity(HandoverSchema.EntityName, handover.Id)
        {
            [HandoverSchema.HandoverStatus] = new OptionSetValue(HandoverStatus.Acknowledged),
            [HandoverSchema.AcknowledgedOn] = acknowledgement.AcknowledgedOn,
            [HandoverSchema.AcknowledgedById] = new EntityReference("systemuser", acknowledgement.AcknowledgedById),
            [HandoverSchema.AcknowledgedOnBehalf] = acknowledgement.OnBehalfOfRep,
            [HandoverSchema.BusinessMinutesToAcknowledge] = acknowledgement.BusinessMinutesToAcknowledge,
            [HandoverSchema.Breached] = acknowledgement.Breached,
            [HandoverSchema.LinkTokenVersion] = acknowledgement.LinkTokenVersion,
        });
    }

    public void Close(HandoverRow handover, int closingStatus, string reason)
    {
        if (handover is null)
        {
            throw new ArgumentNullException(nameof(handover));
        }

        UpdateIfUnchanged(handover, HandoverRowMapper.Closure(new HandoverClosure(handover.Id, closingStatus, reason)));
    }

    public void RestoreLastAssigned(Guid repUserId, DateTime? lastAssignedOn)
    {
        var profiles = new QueryExpression(RepProfileSchema.EntityName) { ColumnSet = new ColumnSet(RepProfileSchema.LastAssignedOn) };
        profiles.Criteria.AddCondition(RepProfileSchema.UserId, ConditionOperator.Equal, repUserId);
        profiles.Criteria.AddCondition(RepProfileSchema.StateCode, ConditionOperator.Equal, 0);
        foreach (var profile in _service.RetrieveMultiple(profiles).Entities)
        {
            _service.Update(new Entity(RepProfileSchema.EntityName, profile.Id) { [RepProfileSchema.LastAssignedOn] = lastAssignedOn });
        }
    }

    private void UpdateIfUnchanged(HandoverRow handover, Entity changes)
    {
        var request = new UpdateRequest { Target = changes };
        if (handover.RowVersion is not null)
        {
            changes.RowVersion = handover.RowVersion;
            request.ConcurrencyBehavior = ConcurrencyBehavior.IfRowVersionMatches;
        }

        try
        {
            _service.Execute(request);
        }
        catch (FaultException<OrganizationServiceFault> fault) when (fault.Detail?.ErrorCode == ConcurrencyVersionMismatch)
        {
            throw new InvalidPluginExecutionException(ChangedBySomeoneElse, fault);
        }
    }
}
