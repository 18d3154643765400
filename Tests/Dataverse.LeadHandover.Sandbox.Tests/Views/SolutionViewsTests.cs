using System;
using System.Collections.Generic;
using System.Linq;
using System.ServiceModel;
using System.Threading.Tasks;
using Dataverse.LeadHandover.Domain.Schema;
using Dataverse.LeadHandover.Sandbox.Clock;
using Dataverse.LeadHandover.Sandbox.Demo;
using Dataverse.LeadHandover.Sandbox.Metadata;
using Dataverse.LeadHandover.Sandbox.Organization;
using Dataverse.LeadHandover.Sandbox.Views;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.Sandbox.Tests.Views;

/// <summary>
/// The manager pages run the solution's own views and charts: every view's FetchXML and every chart's aggregate
/// FetchXML runs against the seeded demo organisation, and the dashboard's components all exist in the solution.
/// </summary>
[TestClass]
public sealed class SolutionViewsTests
{
    private static SandboxOrganization organization = null!;
    private static SolutionViews views = null!;
    private static SolutionMetadata metadata = null!;

    [ClassInitialize]
    public static async Task SeedAsync(TestContext context)
    {
        var layout = RepositoryLayout.Find();
        var clock = new SandboxClock(DemoOrganization.Start, running: false);
        organization = SandboxOrganization.CreateEmpty(clock, layout);
        await new DemoOrganization(organization, clock, _ => Task.CompletedTask).SeedAsync(default);
        views = SolutionViews.Load(layout.SolutionSource);
        metadata = SolutionMetadata.Load(layout.SolutionSource);
    }

    [TestMethod]
    public void EveryView_OfTheSolution_RunsItsOwnFetchXml()
    {
        var failures = new List<string>();

        foreach (var view in views.Views)
        {
            try
            {
                ViewRunner.Run(view, organization.System, "a");
            }
            catch (FaultException<OrganizationServiceFault> fault)
            {
                failures.Add(view.Table + " / " + view.Name + ": " + fault.Detail.Message);
            }
        }

        Assert.IsGreaterThanOrEqualTo(40, views.Views.Count, "the solution ships the default views of six tables and seven of its own");
        Assert.IsEmpty(failures, string.Join(Environment.NewLine, failures));
    }

    [TestMethod]
    public void SpeedToLeadBySource_SeededMorning_AveragesAcknowledgementMinutesPerSource()
    {
        var chart = views.Charts.Single(candidate => candidate.Name == "Speed to Lead by Source");

        var points = ChartRunner.Run(chart, null, organization.System, metadata);

        // Olivia (Website) took 12 minutes and Lucas (Website) 20; Noah (Partner referrals) 45 and Isla 5.
        Assert.AreEqual(16, points.Single(point => point.Category == "Website").Value);
        Assert.AreEqual(25, points.Single(point => point.Category == "Partner referrals").Value);
    }

    [TestMethod]
    public void BreachRateByRep_SeededMorning_CountsHandoversPerRepSplitByBreached()
    {
        var chart = views.Charts.Single(candidate => candidate.Name == "Breach Rate by Rep");

        var points = ChartRunner.Run(chart, null, organization.System, metadata);

        Assert.IsTrue(points.All(point => point.Series is "Yes" or "No"), string.Join(", ", points.Select(point => point.Series)));
        Assert.AreEqual(Count(HandoverSchema.EntityName), points.Sum(point => point.Value));
    }

    [TestMethod]
    public void Dashboard_EveryComponent_IsAViewOrChartOfTheSolution()
    {
        var dashboard = views.Dashboard!;

        Assert.AreEqual("Lead Handover Manager Dashboard", dashboard.Name);
        Assert.HasCount(5, dashboard.Components);
        foreach (var component in dashboard.Components)
        {
            Assert.IsNotNull(views.View(component.ViewId), component.ViewId.ToString());
            if (component.ChartId is Guid chart)
            {
                Assert.IsNotNull(views.Chart(chart), chart.ToString());
            }
        }
    }

    [TestMethod]
    public void HandoversByRep_SeededMorning_ShowsAcknowledgedHandoversWithTheirMinutes()
    {
        var view = views.Views.Single(candidate => candidate.Name == "Handovers by Rep");

        var rows = ViewRunner.Run(view, organization.System).Entities;

        var olivia = rows.Single(row => row.GetAttributeValue<string>(HandoverSchema.Name).StartsWith("Olivia Hart", StringComparison.Ordinal));
        Assert.AreEqual("Acknowledged", DisplayValue.Format(metadata, HandoverSchema.EntityName, HandoverSchema.HandoverStatus, olivia[HandoverSchema.HandoverStatus]));
        Assert.AreEqual(12, olivia.GetAttributeValue<int>(HandoverSchema.BusinessMinutesToAcknowledge));
    }

    private static int Count(string table) =>
        organization.System.RetrieveMultiple(new Microsoft.Xrm.Sdk.Query.QueryExpression(table) { ColumnSet = new Microsoft.Xrm.Sdk.Query.ColumnSet(false) }).Entities.Count;
}
