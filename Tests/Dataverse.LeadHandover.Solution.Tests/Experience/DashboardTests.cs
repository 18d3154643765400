using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using Dataverse.LeadHandover.Solution.Tests.Source;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Dataverse.LeadHandover.Solution.Tests.Experience;

/// <summary>
/// The manager dashboard's charts and grids point at views and charts of the solution, on the table they say.
/// https://learn.microsoft.com/power-apps/developer/model-driven-apps/customize-dashboards
/// </summary>
[TestClass]
public sealed class DashboardTests
{
    private static XElement Dashboard => SolutionFiles.Xml(SolutionFiles.Find("Dashboards", "*.xml").Single()).Root!;

    private static IReadOnlyList<XElement> Panels =>
        Dashboard.Descendants("control").Select(c => c.Element("parameters")!).ToList();

    [TestMethod]
    public void EveryPanel_UsesAViewAndChartOfItsTable()
    {
        var views = SolutionModel.ViewsById;
        var charts = SolutionModel.ChartsById;
        var problems = new List<string>();
        foreach (var panel in Panels)
        {
            var target = (string?)panel.Element("TargetEntityType");
            var viewId = Guid.Parse((string)panel.Element("ViewId")!);
            if (!views.TryGetValue(viewId, out var view) || SolutionModel.TableLogicalName(view.TableFolder) != target)
            {
                problems.Add($"view {viewId} is not a view of {target}");
            }

            var chartId = (string?)panel.Element("VisualizationId");
            if (!string.IsNullOrEmpty(chartId) && (!charts.TryGetValue(Guid.Parse(chartId), out var chart) || SolutionModel.TableLogicalName(chart.TableFolder) != target))
            {
                problems.Add($"chart {chartId} is not a chart of {target}");
            }
        }

        Assert.HasCount(5, Panels);
        Problems.AssertNone(problems);
    }

    [TestMethod]
    public void Dashboard_ShowsEveryManagerChart()
    {
        var shown = Panels.Select(p => (string?)p.Element("VisualizationId")).OfType<string>().Where(id => id.Length > 0).Select(Guid.Parse).ToHashSet();

        CollectionAssert.AreEquivalent(SolutionModel.ChartsById.Keys.ToList(), shown.ToList());
    }

    [TestMethod]
    public void Dashboard_FileNameIsItsFormId()
    {
        Assert.AreEqual($"Dashboards/{(string?)Dashboard.Element("FormId")}.xml", SolutionFiles.Find("Dashboards", "*.xml").Single());
    }
}
