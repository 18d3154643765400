using System;
using System.Linq;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.InMemory.Store.Values;

/// <summary>
/// Deep copies of rows and column values: the store never shares a mutable object with a caller,
/// so changing a returned Entity (or the one passed in) can never change what is stored.
/// </summary>
internal static class ValueCopier
{
    /// <summary>A copy of <paramref name="entity"/> with its own attribute collection and copied values.</summary>
    public static Entity CopyEntity(Entity entity)
    {
        var copy = new Entity(entity.LogicalName, entity.Id) { RowVersion = entity.RowVersion };
        foreach (var attribute in entity.Attributes)
        {
            copy.Attributes[attribute.Key] = CopyValue(attribute.Value);
        }

        return copy;
    }

    /// <summary>A copy of one column value; immutable values (string, numbers, Guid, DateTime) are returned as they are.</summary>
    public static object? CopyValue(object? value) => value switch
    {
        null => null,
        EntityReference reference => CopyReference(reference),
        OptionSetValue option => new OptionSetValue(option.Value),
        OptionSetValueCollection options => new OptionSetValueCollection(options.Select(o => new OptionSetValue(o.Value)).ToList()),
        Money money => new Money(money.Value),
        AliasedValue aliased => new AliasedValue(aliased.EntityLogicalName, aliased.AttributeLogicalName, CopyValue(aliased.Value)),
        EntityCollection collection => CopyCollection(collection),
        Entity entity => CopyEntity(entity),
        byte[] bytes => bytes.ToArray(),
        Array array => (Array)array.Clone(),
        _ => value,
    };

    /// <summary>A copy of a lookup value, keeping its display name.</summary>
    public static EntityReference CopyReference(EntityReference reference) =>
        new(reference.LogicalName, reference.Id) { Name = reference.Name };

    private static EntityCollection CopyCollection(EntityCollection collection)
    {
        var copy = new EntityCollection(collection.Entities.Select(CopyEntity).ToList())
        {
            EntityName = collection.EntityName,
        };
        return copy;
    }
}
