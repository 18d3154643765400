using System;
using Dataverse.LeadHandover.Domain.Schema;
using Dataverse.LeadHandover.Plugins.Mapping;
using Dataverse.LeadHandover.Plugins.Pipeline;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.Plugins.Handover;

/// <summary>Builds a <see cref="LeadAssignmentChange"/> from Target and the step's images (never a Retrieve).</summary>
public static class LeadAssignmentChangeReader
{
    public const string PreImageAlias = "PreImage";

    public const string PostImageAlias = "PostImage";

    /// <summary>The pre-image columns: what the lead was before this Update.</summary>
    public static readonly string[] PreImageColumns = { LeadSchema.SalesReady, LeadSchema.OwnerId };

    /// <summary>The change, or null when this Update is the assignment recording itself (it sets the current handover).</summary>
    public static LeadAssignmentChange? Read(ILocalPluginContext context)
    {
        if (context is null)
        {
            throw new ArgumentNullException(nameof(context));
        }

        var target = context.GetTarget();

        // Only the assignment writes lh_currenthandoverid; its own owner change must not start another assignment.
        if (target.Attributes.Contains(LeadSchema.CurrentHandoverId))
        {
            return null;
        }

        var execution = context.ExecutionContext;
        var isCreate = string.Equals(execution.MessageName, "Create", StringComparison.Ordinal);
        var lead = LeadForHandoverMapper.FromRow(execution.PrimaryEntityId, context.GetPostImage(PostImageAlias));
        var before = isCreate ? null : context.GetPreImage(PreImageAlias);
        var wasSalesReady = before?.GetAttributeValue<bool>(LeadSchema.SalesReady) ?? false;

        // On Create the owner "before" is the caller, who owns a new row unless the request names someone else.
        var previousOwner = isCreate ? execution.InitiatingUserId : before!.GetAttributeValue<EntityReference>(LeadSchema.OwnerId)?.Id;
        var sentOwner = target.GetAttributeValue<EntityReference>(LeadSchema.OwnerId);
        var ownerSent = sentOwner is not null
            && string.Equals(sentOwner.LogicalName, "systemuser", StringComparison.Ordinal)
            && sentOwner.Id != previousOwner
                ? sentOwner.Id
                : (Guid?)null;

        return new LeadAssignmentChange(
            lead,
            BecameSalesReady: lead.IsSalesReady && (isCreate || !wasSalesReady),
            OwnerSent: ownerSent,
            InitiatingUserId: execution.InitiatingUserId,
            OperationTime: context.OperationTime);
    }
}
