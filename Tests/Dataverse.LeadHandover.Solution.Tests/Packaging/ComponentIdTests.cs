using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.IO;
using Dataverse.LeadHandover.Solution.Tests.Source;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Dataverse.LeadHandover.Solution.Tests.Packaging;

/// <summary>
/// Component ids are written once and kept; two components sharing one would overwrite each other on import.
/// Managed twins repeat their unmanaged file's ids by design and are left out.
/// </summary>
[TestClass]
public sealed class ComponentIdTests
{
    private static readonly string[] IdElements =
    [
        "savedqueryid", "savedqueryvisualizationid", "formid", "FormId", "SdkMessageProcessingStepImageId",
    ];

    private static readonly string[] IdAttributes =
    [
        "SdkMessageProcessingStepId", "PluginTypeId", "PluginAssemblyId", "ServiceEndpointId",
    ];

    [TestMethod]
    public void EveryComponentId_IsUnique()
    {
        var ids = new List<(Guid Id, string Where)>();
        foreach (var file in SolutionFiles.AllXml().Where(f => !f.Contains("_managed.xml", StringComparison.Ordinal)))
        {
            var root = SolutionFiles.Xml(file).Root!;
            foreach (var element in root.DescendantsAndSelf())
            {
                if (IdElements.Contains(element.Name.LocalName))
                {
                    ids.Add((Guid.Parse(element.Value), file));
                }

                foreach (var attribute in element.Attributes().Where(a => IdAttributes.Contains(a.Name.LocalName)))
                {
                    ids.Add((Guid.Parse(attribute.Value), file));
                }

                // A Role element defines an id only as a role file's root; inside an app it refers to one.
                var definesId = element.Name.LocalName is "tab" or "section" or "cell" || (element == root && root.Name.LocalName == "Role");
                if (definesId && Guid.TryParse((string?)element.Attribute("id"), out var layoutId))
                {
                    ids.Add((layoutId, file));
                }
            }
        }

        ids.AddRange(WebhookStepIds());

        var problems = ids.GroupBy(i => i.Id)
            .Where(g => g.Count() > 1)
            .Select(g => $"{g.Key} is used {g.Count()} times: {string.Join(", ", g.Select(i => i.Where).Distinct())}")
            .ToList();

        Assert.IsGreaterThan(100, ids.Count);
        Problems.AssertNone(problems);
    }

    private static IEnumerable<(Guid, string)> WebhookStepIds()
    {
        var path = Path.Combine(SolutionFiles.SolutionFolder, "postdeployment", "webhook-steps.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.GetProperty("Steps").EnumerateArray()
            .Select(s => (s.GetProperty("SdkMessageProcessingStepId").GetGuid(), "postdeployment/webhook-steps.json"))
            .ToList();
    }
}
