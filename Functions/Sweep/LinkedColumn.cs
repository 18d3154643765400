using System;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.Functions.Sweep;

/// <summary>Reads a column of a linked row, which Dataverse returns as an <see cref="AliasedValue"/> named <c>alias.column</c>.</summary>
public static class LinkedColumn
{
    public static T? Value<T>(Entity row, string alias, string column)
    {
        ArgumentNullException.ThrowIfNull(row);
        return row.Attributes.TryGetValue(alias + "." + column, out var value) && value is AliasedValue { Value: T typed } ? typed : default;
    }
}
