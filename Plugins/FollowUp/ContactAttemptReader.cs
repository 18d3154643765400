using System;
using Dataverse.LeadHandover.Domain.Schema;
using Dataverse.LeadHandover.Plugins.Pipeline;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.Plugins.FollowUp;

/// <summary>Which lead a changed activity is about, from the step's post-image.</summary>
public static class ContactAttemptReader
{
    public const string PostImageAlias = "PostImage";

    public static Guid? LeadOf(ILocalPluginContext context)
    {
        if (context is null)
        {
            throw new ArgumentNullException(nameof(context));
        }

        var regarding = context.GetPostImage(PostImageAlias).GetAttributeValue<EntityReference>(ActivityTables.RegardingObjectId);
        return regarding is not null && string.Equals(regarding.LogicalName, LeadSchema.EntityName, StringComparison.Ordinal) ? regarding.Id : null;
    }
}
