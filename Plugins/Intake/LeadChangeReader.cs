using System;
using Dataverse.LeadHandover.Domain.Intake;
using Dataverse.LeadHandover.Domain.Schema;
using Dataverse.LeadHandover.Plugins.Mapping;
using Dataverse.LeadHandover.Plugins.Pipeline;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.Plugins.Intake;

/// <summary>Builds a <see cref="LeadChange"/> from the execution context: Target, and the pre-image on Update (never a Retrieve).</summary>
public static class LeadChangeReader
{
    public const string PreImageAlias = "PreImage";

    public static LeadChange Read(ILocalPluginContext context)
    {
        if (context is null)
        {
            throw new ArgumentNullException(nameof(context));
        }

        var target = context.GetTarget();
        var isCreate = string.Equals(context.ExecutionContext.MessageName, "Create", StringComparison.Ordinal);
        var submitted = LeadFactsMapper.FromRow(target);
        var before = isCreate ? new LeadFacts() : LeadFactsMapper.FromRow(context.GetPreImage(PreImageAlias));
        var merged = isCreate ? submitted : LeadFactsMapper.Overlay(before, target);

        return new LeadChange(
            Submitted: submitted,
            Merged: merged,
            IsCreate: isCreate,
            SalesReadyRequested: merged.IsSalesReady && (isCreate || !before.IsSalesReady),
            SourceSubmitted: isCreate || target.Attributes.Contains(LeadSchema.LeadSourceId),
            PreviousSourceId: before.LeadSourceId,
            BypassReason: BypassReasonOf(target),
            InitiatingUserId: context.ExecutionContext.InitiatingUserId,
            OperationTime: context.OperationTime);
    }

    private static string? BypassReasonOf(Entity target)
    {
        var reason = target.GetAttributeValue<string>(LeadSchema.QualificationBypassReason);
        return LeadText.HasText(reason) ? reason : null;
    }
}
