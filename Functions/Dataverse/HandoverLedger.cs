using System;
using System.Linq;
using System.ServiceModel;
using System.Threading;
using System.Threading.Tasks;
using Dataverse.LeadHandover.Domain.Schema;
using Microsoft.PowerPlatform.Dataverse.Client;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.LeadHandover.Functions.Dataverse;

/// <summary>
/// Reads and writes the handover ledger (<c>lh_handover</c>) for notification and acknowledgement: named columns
/// only, and every write touches only the columns it means to change.
/// </summary>
public sealed class HandoverLedger(IOrganizationServiceAsync2 dataverse)
{
    /// <summary>ConcurrencyVersionMismatch: the row changed since it was read.</summary>
    internal const int ConcurrencyVersionMismatch = -2147088254;

    // The request objects are mutable, so each query gets its own column set.
    private static ColumnSet Columns() => new(
        HandoverSchema.LeadId,
        HandoverSchema.RepId,
        HandoverSchema.LeadSourceId,
        HandoverSchema.Tier,
        HandoverSchema.DueOn,
        HandoverSchema.AssignmentReason,
        HandoverSchema.HandoverStatus,
        HandoverSchema.NotificationStatus,
        HandoverSchema.NotificationAttempts,
        HandoverSchema.NextNotificationAttemptOn,
        HandoverSchema.LinkTokenVersion,
        HandoverSchema.AcknowledgedOn);

    /// <summary>The ledger row, or <see langword="null"/> when it does not exist (deleted, or never committed).</summary>
    public async Task<HandoverRecord?> FindAsync(Guid handoverId, CancellationToken cancellationToken)
    {
        // A query rather than Retrieve: a missing row is an answer here, not a fault.
        var query = new QueryExpression(HandoverSchema.EntityName) { ColumnSet = Columns(), TopCount = 1 };
        query.Criteria.AddCondition(HandoverSchema.HandoverId, ConditionOperator.Equal, handoverId);
        var rows = await dataverse.RetrieveMultipleAsync(query, cancellationToken);
        var row = rows.Entities.FirstOrDefault();
        return row is null ? null : ToRecord(row);
    }

    /// <summary>
    /// Counts one notification attempt and holds it until <paramref name="holdUntil"/>, provided nobody changed the
    /// row since <paramref name="handover"/> was read. False when someone did: another delivery of the same message
    /// is already sending, so this one stays quiet instead of posting a second card.
    /// </summary>
    public async Task<bool> TryClaimNotificationAttemptAsync(HandoverRecord handover, DateTimeOffset holdUntil, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(handover);
        var row = new Entity(HandoverSchema.EntityName, handover.Id)
        {
            [HandoverSchema.NotificationAttempts] = handover.NotificationAttempts + 1,
            [HandoverSchema.NextNotificationAttemptOn] = holdUntil.UtcDateTime,
        };
        var request = new UpdateRequest { Target = row };
        if (handover.RowVersion is not null)
        {
            row.RowVersion = handover.RowVersion;
            request.ConcurrencyBehavior = ConcurrencyBehavior.IfRowVersionMatches;
        }

        try
        {
            await dataverse.ExecuteAsync(request, cancellationToken);
            return true;
        }
        catch (FaultException<OrganizationServiceFault> fault) when (fault.Detail?.ErrorCode == ConcurrencyVersionMismatch)
        {
            return false;
        }
    }

    public Task RecordNotificationSentAsync(Guid handoverId, DateTimeOffset sentOn, CancellationToken cancellationToken) =>
        dataverse.UpdateAsync(
            new Entity(HandoverSchema.EntityName, handoverId)
            {
                [HandoverSchema.NotificationStatus] = new OptionSetValue(NotificationStatus.Sent),
                [HandoverSchema.NotifiedOn] = sentOn.UtcDateTime,
                [HandoverSchema.NextNotificationAttemptOn] = null,
            },
            cancellationToken);

    public Task RecordNotificationFailedAsync(Guid handoverId, DateTimeOffset nextAttemptOn, CancellationToken cancellationToken) =>
        dataverse.UpdateAsync(
            new Entity(HandoverSchema.EntityName, handoverId)
            {
                [HandoverSchema.NotificationStatus] = new OptionSetValue(NotificationStatus.Failed),
                [HandoverSchema.NextNotificationAttemptOn] = nextAttemptOn.UtcDateTime,
            },
            cancellationToken);

    /// <summary>
    /// Makes every link signed with <paramref name="usedVersion"/> stale. It sets the next version rather than
    /// adding one, so it agrees with a custom API plug-in that has already raised it.
    /// </summary>
    public Task RetireLinkVersionAsync(Guid handoverId, int usedVersion, CancellationToken cancellationToken) =>
        dataverse.UpdateAsync(
            new Entity(HandoverSchema.EntityName, handoverId) { [HandoverSchema.LinkTokenVersion] = usedVersion + 1 },
            cancellationToken);

    private static HandoverRecord ToRecord(Entity row)
    {
        var source = row.GetAttributeValue<EntityReference>(HandoverSchema.LeadSourceId);
        return new HandoverRecord
        {
            Id = row.Id,
            LeadId = row.GetAttributeValue<EntityReference>(HandoverSchema.LeadId)?.Id,
            RepId = row.GetAttributeValue<EntityReference>(HandoverSchema.RepId)?.Id,
            LeadSourceName = source?.Name
                ?? (row.FormattedValues.Contains(HandoverSchema.LeadSourceId) ? row.FormattedValues[HandoverSchema.LeadSourceId] : null),
            Tier = row.GetAttributeValue<OptionSetValue>(HandoverSchema.Tier)?.Value,
            DueOn = row.GetAttributeValue<DateTime?>(HandoverSchema.DueOn),
            AssignmentReason = row.GetAttributeValue<string>(HandoverSchema.AssignmentReason),
            HandoverStatus = row.GetAttributeValue<OptionSetValue>(HandoverSchema.HandoverStatus)?.Value,
            NotificationStatus = row.GetAttributeValue<OptionSetValue>(HandoverSchema.NotificationStatus)?.Value,
            NotificationAttempts = row.GetAttributeValue<int?>(HandoverSchema.NotificationAttempts) ?? 0,
            NextNotificationAttemptOn = row.GetAttributeValue<DateTime?>(HandoverSchema.NextNotificationAttemptOn) is DateTime next
                ? DateTime.SpecifyKind(next, DateTimeKind.Utc)
                : null,
            LinkTokenVersion = row.GetAttributeValue<int?>(HandoverSchema.LinkTokenVersion) ?? 0,
            AcknowledgedOn = row.GetAttributeValue<DateTime?>(HandoverSchema.AcknowledgedOn),
            RowVersion = row.RowVersion,
        };
    }
}
