using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Dataverse.LeadHandover.InMemory.Store.Queries;
using Dataverse.LeadHandover.InMemory.Store.Queries.Model;
using Dataverse.LeadHandover.InMemory.Store.Values;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.InMemory.Store.Fetch;

/// <summary>
/// One aggregate over one group (Learn, "Aggregate data using FetchXml"; the aggregation sample reads
/// count as Int32 and sum/avg/min/max of a currency column as Money). Nulls are ignored. Results keep the
/// column's type as SQL Server does: the sum and average of a whole-number column are whole numbers (the
/// Learn example's average of 35,200 over 9 rows shows as 3,911). A group whose values are all null sums to
/// zero, as Learn's grouping example shows, when the column type is known; avg/min/max of no values are null.
/// </summary>
internal static class AggregateCalculator
{
    public static object? Compute(ColumnSelection column, IReadOnlyList<object?> rowValues, ColumnType? columnType)
    {
        var values = rowValues.Where(v => ComparableValue.Of(v) is not null).ToList();
        return column.Aggregate switch
        {
            AggregateKind.Count => rowValues.Count,
            AggregateKind.CountColumn => column.DistinctValues ? values.Select(JoinKey.Of).Distinct().Count() : values.Count,
            AggregateKind.Sum => values.Count == 0 ? ZeroOf(columnType) : Sum(values),
            AggregateKind.Avg => values.Count == 0 ? null : Average(values),
            AggregateKind.Min => values.Count == 0 ? null : ValueCopier.CopyValue(values.MinBy(ComparableValue.Of, PlainOrder.Instance)),
            AggregateKind.Max => values.Count == 0 ? null : ValueCopier.CopyValue(values.MaxBy(ComparableValue.Of, PlainOrder.Instance)),
            _ => throw new ArgumentOutOfRangeException(nameof(column), column.Aggregate, "Not an aggregate."),
        };
    }

    private static object Sum(List<object?> values)
    {
        var total = values.Sum(Number);
        return Shaped(values[0], total);
    }

    private static object Average(List<object?> values)
    {
        if (values[0] is double or float)
        {
            return values.Average(v => Convert.ToDouble(ComparableValue.Of(v), CultureInfo.InvariantCulture));
        }

        var average = values.Sum(Number) / values.Count;
        return Shaped(values[0], values[0] is int or long ? decimal.Truncate(average) : average);
    }

    // The result takes the type of the column's values: Money stays Money, whole numbers stay whole.
    private static object Shaped(object? sample, decimal number) => sample switch
    {
        Money => new Money(number),
        int when number is >= int.MinValue and <= int.MaxValue => (int)number,
        int or long => (long)number,
        double or float => (double)number,
        _ => number,
    };

    private static decimal Number(object? value) =>
        Convert.ToDecimal(ComparableValue.Of(value), CultureInfo.InvariantCulture);

    private static object? ZeroOf(ColumnType? type) => type switch
    {
        ColumnType.Integer => 0,
        ColumnType.BigInt => 0L,
        ColumnType.Decimal => 0m,
        ColumnType.Double => 0d,
        ColumnType.Money => new Money(0m),
        _ => null,
    };
}
