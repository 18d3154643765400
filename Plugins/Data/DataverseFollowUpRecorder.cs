using System;
using Dataverse.LeadHandover.Domain.Schema;
using Dataverse.LeadHandover.Plugins.FollowUp;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.Plugins.Data;

/// <summary>Writes inside the transaction of the change that triggered it.</summary>
public sealed class DataverseFollowUpRecorder : IFollowUpRecorder
{
    private readonly IOrganizationService _service;

    public DataverseFollowUpRecorder(IOrganizationService service) =>
        _service = service ?? throw new ArgumentNullException(nameof(service));

    public void RecordProgress(FollowUpProgress progress)
    {
        if (progress is null)
        {
            throw new ArgumentNullException(nameof(progress));
        }

        _service.Update(new Entity(LeadSchema.EntityName, progress.LeadId)
        {
            [LeadSchema.FollowUpAttempts] = progress.Attempts,
            [LeadSchema.LastAttemptOn] = progress.LastAttemptOn,
        });
        if (progress.FirstContactOn is DateTime first)
        {
            _service.Update(new Entity(HandoverSchema.EntityName, progress.HandoverId) { [HandoverSchema.FirstContactOn] = first });
        }
    }

    public void RecordDisqualificationOverride(Guid handoverId, string outcome) =>
        _service.Update(new Entity(HandoverSchema.EntityName, handoverId) { [HandoverSchema.OutcomeReason] = outcome });
}
