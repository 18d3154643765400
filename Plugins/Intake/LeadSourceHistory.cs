using System;
using Dataverse.LeadHandover.Domain.Schema;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.Plugins.Intake;

/// <summary>Writes one lh_leadsourcechange row per real change of a lead's source.</summary>
public sealed class LeadSourceHistory
{
    private readonly IOrganizationService _service;

    public LeadSourceHistory(IOrganizationService service) =>
        _service = service ?? throw new ArgumentNullException(nameof(service));

    /// <summary>Returns the id of the row written, or null when the source did not actually change.</summary>
    public Guid? Record(LeadChange change, Guid leadId)
    {
        if (change is null)
        {
            throw new ArgumentNullException(nameof(change));
        }

        var previous = change.PreviousSourceId;
        var current = change.Merged.LeadSourceId;
        if (change.IsCreate || previous == current)
        {
            // Re-sending the same source (forms do) is not a change worth recording.
            return null;
        }

        var row = new Entity(LeadSourceChangeSchema.EntityName)
        {
            [LeadSourceChangeSchema.Name] = "Lead source changed",
            [LeadSourceChangeSchema.LeadId] = new EntityReference(LeadSchema.EntityName, leadId),
            [LeadSourceChangeSchema.PreviousSourceId] = previous is Guid p ? new EntityReference(LeadSourceSchema.EntityName, p) : null,
            [LeadSourceChangeSchema.NewSourceId] = current is Guid c ? new EntityReference(LeadSourceSchema.EntityName, c) : null,
            [LeadSourceChangeSchema.ChangedBy] = new EntityReference("systemuser", change.InitiatingUserId),
            [LeadSourceChangeSchema.ChangedOn] = change.OperationTime,
        };
        return _service.Create(row);
    }
}
