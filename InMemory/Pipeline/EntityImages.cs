using System;
using System.Collections.Generic;
using System.Linq;
using Dataverse.LeadHandover.InMemory.Store;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.InMemory.Pipeline;

/// <summary>Builds a step's registered entity images from Store snapshots, limited to the registered columns.</summary>
internal static class EntityImages
{
    /// <summary>The key Dataverse uses for the image every asynchronous step receives (seen in real webhook payloads).</summary>
    public const string AsynchronousStepPrimaryName = "AsynchronousStepPrimaryName";

    public static void Fill(PluginExecutionContext context, RegisteredStep step, Entity? before, Entity? after)
    {
        foreach (var image in step.Registration.Images)
        {
            if (before is not null && image.Type is StepImageType.PreImage or StepImageType.Both)
            {
                context.PreEntityImages[image.Alias] = Limit(before, image.Attributes);
            }

            if (after is not null && image.Type is StepImageType.PostImage or StepImageType.Both)
            {
                context.PostEntityImages[image.Alias] = Limit(after, image.Attributes);
            }
        }
    }

    /// <summary>Asynchronous steps also get a post image holding only the primary key and primary name.</summary>
    public static void AddAsynchronousPrimaryName(PluginExecutionContext context, Entity? after, DataverseStore store)
    {
        if (after is null
            || context.PostEntityImages.ContainsKey(AsynchronousStepPrimaryName)
            || !store.TryGetTable(after.LogicalName, out var table))
        {
            return;
        }

        var columns = new List<string> { table.PrimaryIdAttribute };
        if (table.PrimaryNameAttribute is { } name)
        {
            columns.Add(name);
        }

        context.PostEntityImages[AsynchronousStepPrimaryName] = Limit(after, columns);
    }

    private static Entity Limit(Entity snapshot, IReadOnlyList<string>? attributes)
    {
        var image = DetachedCopy.Of(snapshot);
        if (attributes is null || attributes.Count == 0)
        {
            return image;
        }

        foreach (var key in image.Attributes.Keys.ToList())
        {
            if (!attributes.Contains(key, StringComparer.Ordinal))
            {
                image.Attributes.Remove(key);
            }
        }

        return image;
    }
}
