using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using Dataverse.LeadHandover.Domain.Schema;
using Dataverse.LeadHandover.Solution.Tests.Source;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Dataverse.LeadHandover.Solution.Tests.Experience;

/// <summary>
/// System views: FetchXML that names its own table and existing columns, a layout whose cells the query returns,
/// the query types and grid names exports use, and the views managers and reps work from.
/// Query types: https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/savedquery
/// </summary>
[TestClass]
public sealed class ViewTests
{
    private static readonly HashSet<int> KnownQueryTypes = [0, 1, 2, 4, 8, 16, 64, 128, 256, 512, 1024, 2048, 4096, 8192, 16384, 65536, 131072];

    [TestMethod]
    public void EveryView_QueriesItsTableWithExistingColumns()
    {
        var problems = new List<string>();
        foreach (var (path, folder, query) in SolutionModel.Views)
        {
            var table = SolutionModel.TableLogicalName(folder);
            var entity = query.Element("fetchxml")!.Element("fetch")!.Element("entity")!;
            if ((string?)entity.Attribute("name") != table)
            {
                problems.Add($"{path}: fetch names {(string?)entity.Attribute("name")}, the view sits under {table}");
            }

            var known = SolutionModel.KnownColumns(table);
            problems.AddRange(FetchColumns(entity).Where(c => !known.Contains(c)).Select(c => $"{path}: {table}.{c} does not exist"));
            if (entity.Elements("link-entity").Any())
            {
                problems.Add($"{path}: linked tables are not checked here; add the check before using them");
            }
        }

        Problems.AssertNone(problems);
    }

    [TestMethod]
    public void EveryView_IdIsItsFileNameAndQueryTypeIsKnown()
    {
        var problems = SolutionModel.Views
            .Where(v => !v.Path.EndsWith($"/{(string?)v.Query.Element("savedqueryid")}.xml", StringComparison.Ordinal) ||
                        !KnownQueryTypes.Contains((int)v.Query.Element("querytype")!))
            .Select(v => $"{v.Path}: id {(string?)v.Query.Element("savedqueryid")}, querytype {(string?)v.Query.Element("querytype")}")
            .ToList();

        Problems.AssertNone(problems);
    }

    [TestMethod]
    public void EveryLayout_ShowsColumnsTheQueryReturns()
    {
        var problems = new List<string>();
        foreach (var (path, folder, query) in SolutionModel.Views)
        {
            var table = SolutionModel.Tables[SolutionModel.TableLogicalName(folder)];
            var queryType = (int)query.Element("querytype")!;
            var grid = query.Element("layoutxml")?.Element("grid");
            if (queryType == 8192)
            {
                if (grid is not null)
                {
                    problems.Add($"{path}: an offline template (8192) has no layout");
                }

                continue;
            }

            if (grid is null)
            {
                problems.Add($"{path}: no layoutxml");
                continue;
            }

            var row = grid.Element("row")!;
            var (gridName, rowName) = queryType is 2 or 64 ? (table.LogicalName + "s", table.LogicalName) : ("resultset", "result");
            var primaryKey = table.IsShell ? table.LogicalName + "id" : table.PrimaryKey!.LogicalName;
            var primaryName = table.IsShell ? LeadSchema.FullName : table.PrimaryName!.LogicalName;
            if ((string?)grid.Attribute("name") != gridName || (string?)row.Attribute("name") != rowName)
            {
                problems.Add($"{path}: grid/row names {(string?)grid.Attribute("name")}/{(string?)row.Attribute("name")} for querytype {queryType}");
            }

            if ((string?)row.Attribute("id") != primaryKey || (string?)grid.Attribute("jump") != primaryName)
            {
                problems.Add($"{path}: row id must be {primaryKey} and jump {primaryName}");
            }

            var returned = query.Descendants("attribute").Select(a => (string)a.Attribute("name")!).ToHashSet(StringComparer.Ordinal);
            problems.AddRange(row.Elements("cell").Select(c => (string)c.Attribute("name")!)
                .Where(c => !c.Contains('.', StringComparison.Ordinal) && !returned.Contains(c))
                .Select(c => $"{path}: cell {c} is not an attribute of the query"));
        }

        Problems.AssertNone(problems);
    }

    [TestMethod]
    public void EveryCustomTable_HasTheViewsAMakerCreatedTableHas()
    {
        var problems = new List<string>();
        foreach (var table in SolutionModel.Tables.Values.Where(t => !t.IsShell))
        {
            var views = SolutionModel.Views.Where(v => v.TableFolder == table.Folder).Select(v => v.Query).ToList();
            foreach (var queryType in new[] { 1, 2, 4, 64, 8192 })
            {
                if (views.Count(v => (int)v.Element("querytype")! == queryType && (string?)v.Element("isdefault") == "1") != 1)
                {
                    problems.Add($"{table.LogicalName}: needs one default view of querytype {queryType}");
                }
            }

            if (views.Count(v => (int)v.Element("querytype")! == 0 && (string?)v.Element("isdefault") == "1") != 1)
            {
                problems.Add($"{table.LogicalName}: needs exactly one default public view");
            }

            var quickFind = views.SingleOrDefault(v => (int)v.Element("querytype")! == 4);
            if (quickFind?.Descendants("filter").Any(f => (string?)f.Attribute("isquickfindfields") == "1") != true || (string?)quickFind.Element("isquickfindquery") != "1")
            {
                problems.Add($"{table.LogicalName}: the quick find view needs isquickfindquery 1 and quick find fields");
            }
        }

        Problems.AssertNone(problems);
    }

    [TestMethod]
    [DataRow("lh_Handover", "My Handovers Awaiting Acknowledgement")]
    [DataRow("lh_Handover", "Handovers Awaiting Acknowledgement")]
    [DataRow("lh_Handover", "Breached SLAs")]
    [DataRow("lh_Handover", "Handovers by Rep")]
    [DataRow("lh_Handover", "Handovers by Source")]
    [DataRow("Lead", "Leads Missing Qualification")]
    [DataRow("Lead", "Follow-ups Due")]
    public void WorkView_IsAPublicView(string tableFolder, string name)
    {
        var view = ByName(tableFolder, name);

        Assert.AreEqual(0, (int)view.Element("querytype")!);
    }

    [TestMethod]
    public void MyHandoversAwaitingAcknowledgement_FiltersOnTheCurrentRepAndAwaitingStatus()
    {
        var conditions = Conditions(ByName("lh_Handover", "My Handovers Awaiting Acknowledgement"));

        Assert.Contains($"{HandoverSchema.RepId} eq-userid", conditions);
        Assert.Contains($"{HandoverSchema.HandoverStatus} eq {HandoverStatus.Awaiting}", conditions);
    }

    [TestMethod]
    public void BreachedSlas_FiltersOnBreached()
    {
        Assert.Contains($"{HandoverSchema.Breached} eq 1", Conditions(ByName("lh_Handover", "Breached SLAs")));
    }

    [TestMethod]
    public void LeadsMissingQualification_FiltersOnMissingQualification()
    {
        Assert.Contains($"{LeadSchema.MissingQualification} not-null", Conditions(ByName("Lead", "Leads Missing Qualification")));
    }

    private static XElement ByName(string tableFolder, string name) =>
        SolutionModel.Views.Single(v => v.TableFolder == tableFolder &&
            v.Query.Element("LocalizedNames")!.Elements("LocalizedName").Any(n => (string?)n.Attribute("description") == name)).Query;

    /// <summary>Each condition as "attribute operator [value]".</summary>
    private static List<string> Conditions(XElement query) =>
        query.Descendants("condition")
            .Select(c => $"{(string?)c.Attribute("attribute")} {(string?)c.Attribute("operator")} {(string?)c.Attribute("value")}".TrimEnd())
            .ToList();

    private static IEnumerable<string> FetchColumns(XElement entity) =>
        entity.Descendants("attribute").Select(a => (string)a.Attribute("name")!)
            .Concat(entity.Descendants("order").Select(o => (string)o.Attribute("attribute")!))
            .Concat(entity.Descendants("condition").Select(c => (string)c.Attribute("attribute")!));
}
