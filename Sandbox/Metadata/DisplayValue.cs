using System;
using System.Globalization;
using System.Linq;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.Sandbox.Metadata;

/// <summary>A column value as a model-driven app shows it: lookups by name, choices by label, times in UTC, Yes/No.</summary>
internal static class DisplayValue
{
    public static string Format(SolutionMetadata metadata, string table, string column, object? value)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        return value switch
        {
            null => string.Empty,
            AliasedValue aliased => Format(metadata, aliased.EntityLogicalName ?? table, aliased.AttributeLogicalName ?? column, aliased.Value),
            EntityReference reference => reference.Name ?? reference.Id.ToString("D"),
            OptionSetValue option => metadata.ChoiceLabel(metadata.Column(table, column)?.OptionSetName, option.Value) ?? option.Value.ToString(CultureInfo.InvariantCulture),
            OptionSetValueCollection options => string.Join("; ", options.Select(option => Format(metadata, table, column, option))),
            Money money => money.Value.ToString("N2", CultureInfo.InvariantCulture),
            bool flag => flag ? "Yes" : "No",
            DateTime time => Time(time),
            decimal number => number.ToString("0.##", CultureInfo.InvariantCulture),
            double number => number.ToString("0.##", CultureInfo.InvariantCulture),
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? string.Empty,
        };
    }

    /// <summary>"2026-03-02 09:05 UTC": the sandbox shows every stored time in UTC, saying so.</summary>
    public static string Time(DateTime utc) =>
        DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " UTC";
}
