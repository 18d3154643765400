using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using Dataverse.LeadHandover.Domain.Schema;
using Dataverse.LeadHandover.Solution.Tests.Source;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Dataverse.LeadHandover.Solution.Tests.Experience;

/// <summary>
/// Forms bind existing columns, sub-grids show a view of their target table through a relationship of the
/// solution, every form has the managed twin a Both pack needs, and the lead form has its Handover tab.
/// https://learn.microsoft.com/power-apps/developer/model-driven-apps/form-xml-schema
/// </summary>
[TestClass]
public sealed class FormTests
{
    private static IEnumerable<(string Path, string TableFolder, XElement Form)> UnmanagedForms =>
        SolutionModel.Forms.Where(f => !f.Path.EndsWith("_managed.xml", StringComparison.Ordinal));

    [TestMethod]
    public void EveryFormControl_BindsAColumnOfItsTable()
    {
        var problems = new List<string>();
        foreach (var (path, folder, form) in UnmanagedForms)
        {
            var known = SolutionModel.KnownColumns(SolutionModel.TableLogicalName(folder));
            problems.AddRange(form.Descendants("control")
                .Select(c => (string?)c.Attribute("datafieldname"))
                .OfType<string>()
                .Where(c => !known.Contains(c))
                .Select(c => $"{path}: {c} is not a column of {folder}"));
        }

        Problems.AssertNone(problems);
    }

    [TestMethod]
    public void EveryForm_ControlIdsAreUnique()
    {
        var problems = UnmanagedForms
            .SelectMany(f => f.Form.Descendants("control").GroupBy(c => (string?)c.Attribute("id")).Where(g => g.Count() > 1).Select(g => $"{f.Path}: control id {g.Key} repeats"))
            .ToList();

        Problems.AssertNone(problems);
    }

    [TestMethod]
    public void EverySubgrid_ShowsAViewOfItsTargetThroughARelationshipOfTheSolution()
    {
        var relationships = SolutionFiles.Xml("Other/Relationships.xml").Root!.Elements("EntityRelationship").Select(r => (string?)r.Attribute("Name")).ToHashSet();
        var views = SolutionModel.ViewsById;
        var problems = new List<string>();
        foreach (var (path, _, form) in UnmanagedForms)
        {
            foreach (var parameters in form.Descendants("control").Where(c => (string?)c.Attribute("indicationOfSubgrid") == "true").Select(c => c.Element("parameters")!))
            {
                var target = (string?)parameters.Element("TargetEntityType");
                var viewId = Guid.Parse((string)parameters.Element("ViewId")!);
                if (!views.TryGetValue(viewId, out var view) || SolutionModel.TableLogicalName(view.TableFolder) != target)
                {
                    problems.Add($"{path}: sub-grid view {viewId} is not a view of {target}");
                }

                if (!relationships.Contains((string?)parameters.Element("RelationshipName")))
                {
                    problems.Add($"{path}: sub-grid relationship {(string?)parameters.Element("RelationshipName")} is not in the solution");
                }
            }
        }

        Problems.AssertNone(problems);
    }

    [TestMethod]
    public void EveryForm_HasAnIdenticalManagedTwin()
    {
        var problems = UnmanagedForms
            .Select(f => f.Path)
            .Where(p => !SolutionFiles.Exists(p[..^4] + "_managed.xml") || SolutionFiles.Text(p) != SolutionFiles.Text(p[..^4] + "_managed.xml"))
            .Select(p => $"{p}: managed twin missing or different")
            .ToList();

        Problems.AssertNone(problems);
    }

    [TestMethod]
    public void EveryForm_FileNameIsItsId()
    {
        var problems = UnmanagedForms
            .Where(f => Path.GetFileNameWithoutExtension(f.Path) != (string?)f.Form.Element("formid"))
            .Select(f => f.Path)
            .ToList();

        Problems.AssertNone(problems);
    }

    [TestMethod]
    public void EveryCustomTable_HasAMainForm()
    {
        var problems = SolutionModel.Tables.Values.Where(t => !t.IsShell)
            .Where(t => !UnmanagedForms.Any(f => f.TableFolder == t.Folder && f.Path.Contains("/FormXml/main/", StringComparison.Ordinal)))
            .Select(t => $"{t.LogicalName} has no main form")
            .ToList();

        Problems.AssertNone(problems);
    }

    [TestMethod]
    public void LeadForm_HandoverTab_ShowsTheHandoverColumns()
    {
        var form = UnmanagedForms.Single(f => f.TableFolder == "Lead").Form;
        var tab = form.Descendants("tab").Single(t => t.Element("labels")!.Elements("label").Any(l => (string?)l.Attribute("description") == "Handover"));

        var fields = tab.Descendants("control").Select(c => (string?)c.Attribute("datafieldname")).OfType<string>().ToList();

        CollectionAssert.IsSubsetOf(
            new[]
            {
                LeadSchema.LeadSourceId, LeadSchema.SalesReady, LeadSchema.Tier, LeadSchema.ProductInterest, LeadSchema.HandoverBrief,
                LeadSchema.Completeness, LeadSchema.MissingQualification, LeadSchema.CurrentHandoverId, LeadSchema.FollowUpAttempts,
            },
            fields);
    }
}
