using System.Linq;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.InMemory.Pipeline;

/// <summary>
/// Copies of SDK values that share nothing with the original. Dataverse serializes every request and context, so a
/// plug-in can never change the caller's objects, and an async context can never see later changes.
/// </summary>
internal static class DetachedCopy
{
    public static Entity Of(Entity source)
    {
        var copy = new Entity(source.LogicalName, source.Id) { RowVersion = source.RowVersion };
        foreach (var key in source.KeyAttributes)
        {
            copy.KeyAttributes[key.Key] = OfValue(key.Value);
        }

        foreach (var attribute in source.Attributes)
        {
            copy.Attributes[attribute.Key] = OfValue(attribute.Value);
        }

        foreach (var formatted in source.FormattedValues)
        {
            copy.FormattedValues[formatted.Key] = formatted.Value;
        }

        return copy;
    }

    public static ParameterCollection Of(ParameterCollection source)
    {
        var copy = new ParameterCollection();
        foreach (var parameter in source)
        {
            copy[parameter.Key] = OfValue(parameter.Value);
        }

        return copy;
    }

    public static object? OfValue(object? value) => value switch
    {
        Entity entity => Of(entity),
        EntityReference reference => Of(reference),
        OptionSetValue option => new OptionSetValue(option.Value),
        Money money => new Money(money.Value),
        OptionSetValueCollection options => new OptionSetValueCollection(options.Select(o => new OptionSetValue(o.Value)).ToList()),
        EntityCollection collection => Of(collection),
        EntityReferenceCollection references => new EntityReferenceCollection(references.Select(Of).ToList()),
        _ => value,
    };

    public static EntityReference Of(EntityReference source)
    {
        var copy = new EntityReference(source.LogicalName, source.Id) { Name = source.Name, RowVersion = source.RowVersion };
        foreach (var key in source.KeyAttributes)
        {
            copy.KeyAttributes[key.Key] = OfValue(key.Value);
        }

        return copy;
    }

    private static EntityCollection Of(EntityCollection source)
    {
        var copy = new EntityCollection(source.Entities.Select(Of).ToList())
        {
            EntityName = source.EntityName,
            MoreRecords = source.MoreRecords,
            PagingCookie = source.PagingCookie,
            TotalRecordCount = source.TotalRecordCount,
            TotalRecordCountLimitExceeded = source.TotalRecordCountLimitExceeded,
        };
        return copy;
    }
}
