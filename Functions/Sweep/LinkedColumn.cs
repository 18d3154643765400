using System;
using Dataverse.LeadHandover.Functions.Dataverse;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.Functions.Sweep;

/// <summary>Reads the columns of a linked row, which Dataverse returns as <see cref="AliasedValue"/>s named <c>alias.column</c>.</summary>
public static class LinkedColumn
{
    public static T? Value<T>(Entity row, string alias, string column)
    {
        ArgumentNullException.ThrowIfNull(row);
        return row.Attributes.TryGetValue(alias + "." + column, out var value) && value is AliasedValue { Value: T typed } ? typed : default;
    }

    /// <summary>
    /// The user a lookup of <paramref name="row"/> points to, named from the <c>systemuser</c> row linked as
    /// <paramref name="alias"/>; <see langword="null"/> when the lookup is empty.
    /// </summary>
    public static RepContact? User(Entity row, string lookupColumn, string alias)
    {
        ArgumentNullException.ThrowIfNull(row);
        return row.GetAttributeValue<EntityReference>(lookupColumn) is { } user ? UserOf(user.Id, row, alias) : null;
    }

    /// <summary>The user <paramref name="userId"/>, named from the <c>systemuser</c> row linked as <paramref name="alias"/>.</summary>
    public static RepContact UserOf(Guid userId, Entity row, string alias) => new()
    {
        UserId = userId,
        FullName = Value<string>(row, alias, SystemUserSchema.FullName),
        UserPrincipalName = Value<string>(row, alias, SystemUserSchema.DomainName),
        EntraObjectId = Value<Guid>(row, alias, SystemUserSchema.EntraObjectId) is var objectId && objectId != Guid.Empty ? objectId : null,
    };
}
