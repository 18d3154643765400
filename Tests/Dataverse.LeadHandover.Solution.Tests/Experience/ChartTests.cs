using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using Dataverse.LeadHandover.Domain.Schema;
using Dataverse.LeadHandover.Solution.Tests.Source;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Dataverse.LeadHandover.Solution.Tests.Experience;

/// <summary>
/// Charts aggregate existing columns, and their category and measure aliases point at the fetch's group-by and
/// aggregate attributes. The three manager charts measure what the schema contract says.
/// https://learn.microsoft.com/power-apps/developer/model-driven-apps/understand-charts-underlying-data-chart-representation
/// </summary>
[TestClass]
public sealed class ChartTests
{
    [TestMethod]
    public void EveryChart_AggregatesExistingColumnsUnderResolvableAliases()
    {
        var problems = new List<string>();
        foreach (var (path, folder, chart) in SolutionModel.Charts)
        {
            var table = SolutionModel.TableLogicalName(folder);
            var entity = chart.Descendants("fetch").Single().Element("entity")!;
            var attributes = entity.Elements("attribute").ToList();
            var known = SolutionModel.KnownColumns(table);
            if ((string?)entity.Attribute("name") != table)
            {
                problems.Add($"{path}: fetch names {(string?)entity.Attribute("name")}");
            }

            problems.AddRange(attributes.Select(a => (string)a.Attribute("name")!).Where(c => !known.Contains(c)).Select(c => $"{path}: {table}.{c} does not exist"));
            var groupings = attributes.Where(a => (string?)a.Attribute("groupby") == "true").Select(a => (string?)a.Attribute("alias")).ToHashSet();
            var aggregates = attributes.Where(a => a.Attribute("aggregate") is not null).Select(a => (string?)a.Attribute("alias")).ToHashSet();
            foreach (var category in chart.Descendants("category"))
            {
                if (!groupings.Contains((string?)category.Attribute("alias")))
                {
                    problems.Add($"{path}: category {(string?)category.Attribute("alias")} is no group-by alias");
                }

                problems.AddRange(category.Descendants("measure").Where(m => !aggregates.Contains((string?)m.Attribute("alias")))
                    .Select(m => $"{path}: measure {(string?)m.Attribute("alias")} is no aggregate alias"));
            }

            if (!path.EndsWith($"/{(string?)chart.Element("savedqueryvisualizationid")}.xml", StringComparison.Ordinal))
            {
                problems.Add($"{path}: file name is not the chart id");
            }
        }

        Assert.HasCount(3, SolutionModel.Charts);
        Problems.AssertNone(problems);
    }

    [TestMethod]
    public void SpeedToLeadBySource_AveragesBusinessMinutesPerSource()
    {
        var attributes = Attributes("Speed to Lead by Source");

        Assert.Contains($"{HandoverSchema.LeadSourceId} groupby", attributes);
        Assert.Contains($"{HandoverSchema.BusinessMinutesToAcknowledge} avg", attributes);
    }

    [TestMethod]
    public void BreachRateByRep_CountsPerRepAndBreached()
    {
        var attributes = Attributes("Breach Rate by Rep");

        Assert.Contains($"{HandoverSchema.RepId} groupby", attributes);
        Assert.Contains($"{HandoverSchema.Breached} groupby", attributes);
        Assert.Contains($"{HandoverSchema.HandoverId} count", attributes);
    }

    [TestMethod]
    public void AcknowledgementTimeDistribution_CountsPerBusinessMinutes()
    {
        var attributes = Attributes("Acknowledgement Time Distribution");

        Assert.Contains($"{HandoverSchema.BusinessMinutesToAcknowledge} groupby", attributes);
        Assert.Contains($"{HandoverSchema.HandoverId} count", attributes);
    }

    /// <summary>Each fetch attribute as "column groupby" or "column aggregate".</summary>
    private static List<string> Attributes(string chartName)
    {
        var chart = SolutionModel.Charts.Single(c => c.Chart.Element("LocalizedNames")!.Elements("LocalizedName").Any(n => (string?)n.Attribute("description") == chartName)).Chart;
        return chart.Descendants("fetch").Single().Element("entity")!.Elements("attribute")
            .Select(a => $"{(string?)a.Attribute("name")} {(a.Attribute("groupby") is null ? (string?)a.Attribute("aggregate") : "groupby")}")
            .ToList();
    }
}
