using System;
using Dataverse.LeadHandover.Domain.Schema;
using Dataverse.LeadHandover.Plugins.Pipeline;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.Plugins.FollowUp;

/// <summary>Reads a <see cref="LeadDisqualification"/> from Target and the step's images.</summary>
public static class LeadDisqualificationReader
{
    public const string PreImageAlias = "PreImage";

    public const string PostImageAlias = "PostImage";

    /// <summary>For the PreValidation gate: the override reason as sent in this very request.</summary>
    public static LeadDisqualification ForGate(ILocalPluginContext context)
    {
        var target = (context ?? throw new ArgumentNullException(nameof(context))).GetTarget();
        var before = context.GetPreImage(PreImageAlias);
        return Read(context, target, before, target.GetAttributeValue<string>(LeadSchema.DisqualifyOverrideReason), before);
    }

    /// <summary>For the PostOperation record: the override reason as saved with the change.</summary>
    public static LeadDisqualification ForRecord(ILocalPluginContext context)
    {
        var target = (context ?? throw new ArgumentNullException(nameof(context))).GetTarget();
        var after = context.GetPostImage(PostImageAlias);
        return Read(context, target, context.GetPreImage(PreImageAlias), after.GetAttributeValue<string>(LeadSchema.DisqualifyOverrideReason), after);
    }

    private static LeadDisqualification Read(ILocalPluginContext context, Entity target, Entity before, string? overrideReason, Entity handoverSource)
    {
        var state = target.GetAttributeValue<OptionSetValue>(LeadSchema.StateCode)?.Value;
        var previous = before.GetAttributeValue<OptionSetValue>(LeadSchema.StateCode)?.Value;
        return new LeadDisqualification(
            context.ExecutionContext.PrimaryEntityId,
            state == LeadStates.Disqualified && previous != LeadStates.Disqualified,
            overrideReason,
            handoverSource.GetAttributeValue<EntityReference>(LeadSchema.CurrentHandoverId)?.Id,
            context.ExecutionContext.InitiatingUserId,
            context.OperationTime);
    }
}
