using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Dataverse.LeadHandover.Sandbox.Views;

namespace Dataverse.LeadHandover.Sandbox.Pages;

/// <summary>
/// A chart's data as simple horizontal bars: a table (readable by a screen reader as it is) with one row per category
/// and one column per series, each cell a number and a bar scaled to the chart's largest value.
/// </summary>
internal static class ChartTable
{
    public static void Write(HtmlWriter html, SavedChart chart, IReadOnlyList<ChartPoint> points, string? onView)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentNullException.ThrowIfNull(points);
        html.Open("figure", ("class", "chart"), ("data-chart", chart.Name));
        html.Element("figcaption", chart.Name + " (" + chart.MeasureDescription + (onView is null ? string.Empty : ", over the view \"" + onView + "\"") + ")");
        if (points.Count == 0)
        {
            html.Element("p", "No data yet.").Close("figure");
            return;
        }

        var series = points.Select(point => point.Series).Distinct().OrderBy(label => label, StringComparer.Ordinal).ToList();
        var categories = points.GroupBy(point => point.Category)
            .OrderBy(group => group.First().SortKey is double number ? number : double.MaxValue)
            .ThenBy(group => group.Key, StringComparer.Ordinal)
            .ToList();
        var max = Math.Max(points.Max(point => point.Value), 1e-9);
        html.Open("table").Open("thead").Open("tr").Element("th", "Category", ("scope", "col"));
        foreach (var label in series)
        {
            html.Element("th", label ?? chart.MeasureDescription, ("scope", "col"));
        }

        html.Close("tr").Close("thead").Open("tbody");
        foreach (var category in categories)
        {
            html.Open("tr").Element("th", category.Key, ("scope", "row"));
            foreach (var label in series)
            {
                var value = category.Where(point => point.Series == label).Sum(point => point.Value);
                var width = (value / max * 100).ToString("0.#", CultureInfo.InvariantCulture);
                html.Open("td").Element("span", value.ToString("0.##", CultureInfo.InvariantCulture), ("class", "value"))
                    .Element("span", null, ("class", "bar"), ("style", "inline-size:" + width + "%"), ("aria-hidden", "true"))
                    .Close("td");
            }

            html.Close("tr");
        }

        html.Close("tbody").Close("table").Close("figure");
    }
}
