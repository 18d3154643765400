using System;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.InMemory.Store.Metadata;

/// <summary>Which CLR type the SDK carries for each column type (Learn, "Column data types" / attribute types).</summary>
internal static class ColumnValueRule
{
    /// <summary>Whether <paramref name="value"/> has the CLR type a column of <paramref name="type"/> takes.</summary>
    public static bool Accepts(ColumnType type, object value) => type switch
    {
        ColumnType.String or ColumnType.Memo => value is string,
        ColumnType.Integer => value is int,
        ColumnType.BigInt => value is long,
        ColumnType.Decimal => value is decimal,
        ColumnType.Double => value is double,
        ColumnType.Money => value is Money,
        ColumnType.Boolean => value is bool,
        ColumnType.DateTime => value is DateTime,
        ColumnType.Lookup or ColumnType.Owner or ColumnType.Customer => value is EntityReference,
        ColumnType.Picklist or ColumnType.State or ColumnType.Status => value is OptionSetValue,
        ColumnType.MultiSelectPicklist => value is OptionSetValueCollection,
        ColumnType.UniqueIdentifier => value is Guid,
        _ => false,
    };
}
