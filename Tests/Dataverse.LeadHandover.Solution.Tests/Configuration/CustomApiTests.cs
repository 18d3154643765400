using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using Dataverse.LeadHandover.Domain.Schema;
using Dataverse.LeadHandover.Solution.Tests.Source;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Dataverse.LeadHandover.Solution.Tests.Configuration;

/// <summary>
/// Custom APIs as solution files: folder names are unique names, parameter types are known, response properties
/// carry no <c>isoptional</c> (it fails the import), and the implementing plug-in type, once set, is in the solution.
/// https://learn.microsoft.com/power-apps/developer/data-platform/create-custom-api-solution
/// https://learn.microsoft.com/power-apps/developer/data-platform/custom-api-tables
/// </summary>
[TestClass]
public sealed class CustomApiTests
{
    private const int Boolean = 0;
    private const int DateTime = 1;
    private const int Integer = 7;
    private const int String = 10;
    private const int Guid = 12;

    [TestMethod]
    public void EveryCustomApi_FolderIsItsUniqueNameAndItsName()
    {
        var problems = new List<string>();
        foreach (var folder in SolutionModel.CustomApiFolders)
        {
            var api = Api(folder);
            if ((string?)api.Attribute("uniquename") != folder || (string?)api.Element("name") != folder)
            {
                problems.Add($"{folder}: uniquename {(string?)api.Attribute("uniquename")}, name {(string?)api.Element("name")}");
            }
        }

        Assert.HasCount(2, SolutionModel.CustomApiFolders);
        Problems.AssertNone(problems);
    }

    [TestMethod]
    public void EveryParameterAndProperty_HasItsFolderNameAKnownTypeAndTheRightOptionality()
    {
        var problems = new List<string>();
        foreach (var folder in SolutionModel.CustomApiFolders)
        {
            foreach (var (file, element, isRequest) in Members(folder))
            {
                var uniqueName = (string?)element.Attribute("uniquename");
                if (uniqueName != Path.GetFileName(Path.GetDirectoryName(SolutionFiles.FullPath(file))))
                {
                    problems.Add($"{file}: uniquename {uniqueName} differs from its folder");
                }

                if ((int?)element.Element("type") is not (>= 0 and <= 12))
                {
                    problems.Add($"{file}: type {(string?)element.Element("type")} is not 0–12");
                }

                if (isRequest && (string?)element.Element("isoptional") is not ("0" or "1"))
                {
                    problems.Add($"{file}: a request parameter says whether it is optional");
                }

                if (!isRequest && element.Element("isoptional") is not null)
                {
                    problems.Add($"{file}: isoptional on a response property fails the import");
                }
            }
        }

        Problems.AssertNone(problems);
    }

    [TestMethod]
    public void EveryCustomApi_IsAnUnboundActionWithAnExistingPrivilegeAndPluginType()
    {
        var pluginTypeIds = SolutionModel.PluginTypes.Select(t => (string)t.Attribute("PluginTypeId")!).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var problems = new List<string>();
        foreach (var folder in SolutionModel.CustomApiFolders)
        {
            var api = Api(folder);
            if ((string?)api.Element("bindingtype") != "0" || (string?)api.Element("isfunction") != "0")
            {
                problems.Add($"{folder}: must be unbound (bindingtype 0) and an action (isfunction 0)");
            }

            var privilege = (string?)api.Element("executeprivilegename");
            if (!string.IsNullOrEmpty(privilege) && !Privileges.IsTablePrivilegeOfTheSolution(privilege))
            {
                problems.Add($"{folder}: executeprivilegename {privilege} is not a privilege of a table in the solution");
            }

            // Without a plug-in yet the element is empty, which Microsoft documents as valid.
            var exportKey = (string?)api.Element("plugintypeid")?.Element("plugintypeexportkey");
            if (exportKey is not null && !pluginTypeIds.Contains(exportKey))
            {
                problems.Add($"{folder}: plug-in type {exportKey} is not in the solution's assembly");
            }
        }

        Problems.AssertNone(problems);
    }

    [TestMethod]
    [DataRow(AcknowledgeHandoverApi.UniqueName, AcknowledgeHandoverApi.HandoverId, Guid, false)]
    [DataRow(AcknowledgeHandoverApi.UniqueName, AcknowledgeHandoverApi.OnBehalfOfRep, Boolean, true)]
    [DataRow(RejectHandoverApi.UniqueName, RejectHandoverApi.HandoverId, Guid, false)]
    [DataRow(RejectHandoverApi.UniqueName, RejectHandoverApi.Reason, String, false)]
    public void RequestParameter_HasTheContractTypeAndOptionality(string api, string parameter, int type, bool optional)
    {
        var element = SolutionFiles.Xml($"customapis/{api}/customapirequestparameters/{parameter}/customapirequestparameter.xml").Root!;

        Assert.AreEqual(type, (int)element.Element("type")!);
        Assert.AreEqual(optional ? "1" : "0", (string?)element.Element("isoptional"));
    }

    [TestMethod]
    [DataRow(AcknowledgeHandoverApi.UniqueName, AcknowledgeHandoverApi.AcknowledgedOn, DateTime)]
    [DataRow(AcknowledgeHandoverApi.UniqueName, AcknowledgeHandoverApi.BusinessMinutesToAcknowledge, Integer)]
    [DataRow(AcknowledgeHandoverApi.UniqueName, AcknowledgeHandoverApi.Breached, Boolean)]
    [DataRow(RejectHandoverApi.UniqueName, RejectHandoverApi.NewHandoverId, Guid)]
    public void ResponseProperty_HasTheContractType(string api, string property, int type)
    {
        var element = SolutionFiles.Xml($"customapis/{api}/customapiresponseproperties/{property}/customapiresponseproperty.xml").Root!;

        Assert.AreEqual(type, (int)element.Element("type")!);
    }

    private static XElement Api(string folder) => SolutionFiles.Xml($"customapis/{folder}/customapi.xml").Root!;

    private static IEnumerable<(string File, XElement Element, bool IsRequest)> Members(string folder) =>
        SolutionFiles.Find($"customapis/{folder}/customapirequestparameters", "customapirequestparameter.xml").Select(f => (f, SolutionFiles.Xml(f).Root!, true))
            .Concat(SolutionFiles.Find($"customapis/{folder}/customapiresponseproperties", "customapiresponseproperty.xml").Select(f => (f, SolutionFiles.Xml(f).Root!, false)));
}
