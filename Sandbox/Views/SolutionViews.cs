using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;

namespace Dataverse.LeadHandover.Sandbox.Views;

/// <summary>
/// The solution's views, charts and dashboard, read from the files a model-driven app is built from
/// (<c>Entities/*/SavedQueries</c>, <c>Entities/*/Visualizations</c>, <c>Dashboards</c>).
/// </summary>
internal sealed class SolutionViews
{
    private SolutionViews(IReadOnlyList<SavedView> views, IReadOnlyList<SavedChart> charts, DashboardLayout? dashboard)
    {
        Views = views;
        Charts = charts;
        Dashboard = dashboard;
    }

    public IReadOnlyList<SavedView> Views { get; }

    public IReadOnlyList<SavedChart> Charts { get; }

    public DashboardLayout? Dashboard { get; }

    public static SolutionViews Load(string solutionSource)
    {
        var entities = Path.Combine(solutionSource, "Entities");
        var views = Directory.EnumerateFiles(entities, "*.xml", SearchOption.AllDirectories)
            .Where(file => string.Equals(Path.GetFileName(Path.GetDirectoryName(file)), "SavedQueries", StringComparison.Ordinal))
            .SelectMany(file => XDocument.Load(file).Descendants("savedquery"))
            .Select(View)
            .OfType<SavedView>()
            .OrderBy(view => view.Table, StringComparer.Ordinal).ThenBy(view => view.Name, StringComparer.Ordinal)
            .ToList();
        var charts = Directory.EnumerateFiles(entities, "*.xml", SearchOption.AllDirectories)
            .Where(file => string.Equals(Path.GetFileName(Path.GetDirectoryName(file)), "Visualizations", StringComparison.Ordinal))
            .Select(file => Chart(XDocument.Load(file).Root!))
            .OfType<SavedChart>()
            .OrderBy(chart => chart.Name, StringComparer.Ordinal)
            .ToList();
        var dashboards = Path.Combine(solutionSource, "Dashboards");
        var dashboard = Directory.Exists(dashboards)
            ? Directory.EnumerateFiles(dashboards, "*.xml").Select(file => DashboardLayout.Read(XDocument.Load(file).Root!)).FirstOrDefault()
            : null;
        return new SolutionViews(views, charts, dashboard);
    }

    public SavedView? View(Guid id) => Views.FirstOrDefault(view => view.Id == id);

    public SavedChart? Chart(Guid id) => Charts.FirstOrDefault(chart => chart.Id == id);

    private static SavedView? View(XElement query)
    {
        var fetch = query.Element("fetchxml")?.Element("fetch");
        var table = (string?)fetch?.Element("entity")?.Attribute("name");
        if (fetch is null || table is null || !Guid.TryParse((string?)query.Element("savedqueryid"), out var id))
        {
            return null;
        }

        var columns = query.Element("layoutxml")?.Descendants("cell").Select(cell => (string?)cell.Attribute("name")).OfType<string>().ToList() ?? [];
        return new SavedView(
            id,
            table,
            Label(query.Element("LocalizedNames")) ?? table,
            Label(query.Element("Descriptions")),
            fetch.ToString(SaveOptions.DisableFormatting),
            columns,
            (int?)query.Element("querytype") ?? 0);
    }

    private static SavedChart? Chart(XElement visualization)
    {
        var fetch = visualization.Descendants("fetch").FirstOrDefault();
        var entity = fetch?.Element("entity");
        if (fetch is null || entity is null || !Guid.TryParse((string?)visualization.Element("savedqueryvisualizationid"), out var id))
        {
            return null;
        }

        var groups = entity.Elements("attribute").Where(attribute => (string?)attribute.Attribute("groupby") == "true").ToList();
        var measure = entity.Elements("attribute").FirstOrDefault(attribute => attribute.Attribute("aggregate") is not null);
        var categoryAlias = (string?)visualization.Descendants("category").FirstOrDefault()?.Attribute("alias");
        var category = groups.FirstOrDefault(group => (string?)group.Attribute("alias") == categoryAlias) ?? groups.FirstOrDefault();
        if (category is null || measure is null)
        {
            return null;
        }

        var series = groups.FirstOrDefault(group => group != category);
        return new SavedChart(
            id,
            (string)entity.Attribute("name")!,
            Label(visualization.Element("LocalizedNames")) ?? "Chart",
            fetch.ToString(SaveOptions.DisableFormatting),
            (string)category.Attribute("alias")!,
            (string)category.Attribute("name")!,
            (string?)series?.Attribute("alias"),
            (string?)series?.Attribute("name"),
            (string)measure.Attribute("alias")!,
            (string)measure.Attribute("aggregate")! + " of " + (string)measure.Attribute("name")!);
    }

    private static string? Label(XElement? labels) =>
        labels?.Elements().Select(label => (string?)label.Attribute("description")).FirstOrDefault(text => !string.IsNullOrEmpty(text));
}
