using System;
using System.Data.SqlTypes;
using System.Globalization;

namespace Dataverse.LeadHandover.InMemory.Store.Values;

/// <summary>
/// Compares plain values (see <see cref="ComparableValue"/>) the way SQL Server does for Dataverse:
/// text case-insensitively, numbers across numeric types, Guids in uniqueidentifier order, nulls first.
/// </summary>
internal static class ValueComparer
{
    /// <summary>Negative, zero or positive as <paramref name="left"/> sorts before, with or after <paramref name="right"/>.</summary>
    public static int Compare(object? left, object? right)
    {
        if (left is null || right is null)
        {
            return (left is null ? 0 : 1) - (right is null ? 0 : 1);
        }

        if (left is string leftText && right is string rightText)
        {
            return string.Compare(leftText, rightText, StringComparison.OrdinalIgnoreCase);
        }

        if (IsNumber(left) && IsNumber(right))
        {
            return CompareNumbers(left, right);
        }

        return (left, right) switch
        {
            (Guid l, Guid r) => new SqlGuid(l).CompareTo(new SqlGuid(r)),
            (DateTime l, DateTime r) => l.Ticks.CompareTo(r.Ticks),
            (bool l, bool r) => l.CompareTo(r),
            _ => string.Compare(Convert.ToString(left, CultureInfo.InvariantCulture), Convert.ToString(right, CultureInfo.InvariantCulture), StringComparison.OrdinalIgnoreCase),
        };
    }

    /// <summary>Whether two plain values are equal by <see cref="Compare"/>; null never equals anything, as in SQL.</summary>
    public static bool AreEqual(object? left, object? right) =>
        left is not null && right is not null && Compare(left, right) == 0;

    /// <summary>Whether the value is one of the numeric CLR types Dataverse columns use.</summary>
    public static bool IsNumber(object value) =>
        value is int or long or decimal or double or float or short or byte;

    private static int CompareNumbers(object left, object right)
    {
        if (left is double or float || right is double or float)
        {
            return Convert.ToDouble(left, CultureInfo.InvariantCulture)
                .CompareTo(Convert.ToDouble(right, CultureInfo.InvariantCulture));
        }

        return Convert.ToDecimal(left, CultureInfo.InvariantCulture)
            .CompareTo(Convert.ToDecimal(right, CultureInfo.InvariantCulture));
    }
}
