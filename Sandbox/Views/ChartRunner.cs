using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Xml.Linq;
using Dataverse.LeadHandover.Sandbox.Metadata;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.LeadHandover.Sandbox.Views;

/// <summary>
/// Runs a chart's aggregate FetchXML over the rows of the view it is shown on (the view's filters are added to the
/// chart's query, as a model-driven app does) and reads each group into a <see cref="ChartPoint"/>.
/// </summary>
internal static class ChartRunner
{
    public static IReadOnlyList<ChartPoint> Run(SavedChart chart, SavedView? view, IOrganizationService asUser, SolutionMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentNullException.ThrowIfNull(asUser);
        ArgumentNullException.ThrowIfNull(metadata);
        var fetch = XElement.Parse(chart.FetchXml);
        if (view is not null && string.Equals(view.Table, chart.Table, StringComparison.Ordinal))
        {
            var entity = fetch.Element("entity")!;
            foreach (var filter in XElement.Parse(view.FetchXml).Element("entity")?.Elements("filter") ?? [])
            {
                entity.Add(new XElement(filter));
            }
        }

        var rows = asUser.RetrieveMultiple(new FetchExpression(fetch.ToString(SaveOptions.DisableFormatting))).Entities;
        return rows.Select(row => new ChartPoint(
                Label(metadata, chart.Table, chart.CategoryColumn, row, chart.CategoryAlias),
                SortKey(row, chart.CategoryAlias) ?? Label(metadata, chart.Table, chart.CategoryColumn, row, chart.CategoryAlias),
                chart.SeriesAlias is null ? null : Label(metadata, chart.Table, chart.SeriesColumn!, row, chart.SeriesAlias),
                Number(row.GetAttributeValue<AliasedValue>(chart.MeasureAlias)?.Value)))
            .ToList();
    }

    private static string Label(SolutionMetadata metadata, string table, string column, Entity row, string alias)
    {
        var value = row.GetAttributeValue<AliasedValue>(alias)?.Value;
        var text = DisplayValue.Format(metadata, table, column, value);
        return text.Length == 0 ? "(blank)" : text;
    }

    private static object? SortKey(Entity row, string alias) => row.GetAttributeValue<AliasedValue>(alias)?.Value switch
    {
        int number => (double)number,
        long number => (double)number,
        decimal number => (double)number,
        double number => number,
        _ => null,
    };

    private static double Number(object? value) => value switch
    {
        null => 0,
        Money money => (double)money.Value,
        IConvertible convertible => convertible.ToDouble(CultureInfo.InvariantCulture),
        _ => 0,
    };
}
