using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using Dataverse.LeadHandover.Solution.Tests.Source;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Dataverse.LeadHandover.Solution.Tests.Tables;

/// <summary>
/// Tables and columns have the shape a real export gives them, and the columns the schema contract asks for.
/// Date-only columns use DateTimeBehavior 2 (DateOnly):
/// https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.metadata.datetimebehavior
/// </summary>
[TestClass]
public sealed class TableTests
{
    private static readonly HashSet<string> KnownTypes = new(StringComparer.Ordinal)
    {
        "primarykey", "nvarchar", "ntext", "int", "bit", "datetime", "picklist", "lookup", "owner", "state", "status",
    };

    [TestMethod]
    public void CustomTables_AreTheContractTables()
    {
        var custom = SolutionModel.Tables.Values.Where(t => !t.IsShell).Select(t => t.LogicalName).Order(StringComparer.Ordinal).ToList();

        CollectionAssert.AreEqual(
            new[] { "lh_businesscalendar", "lh_handover", "lh_holiday", "lh_leadsource", "lh_leadsourcechange", "lh_repprofile" },
            custom);
    }

    [TestMethod]
    [DataRow("lh_handover", "UserOwned")]
    [DataRow("lh_leadsource", "OrgOwned")]
    [DataRow("lh_leadsourcechange", "OrgOwned")]
    [DataRow("lh_repprofile", "OrgOwned")]
    [DataRow("lh_businesscalendar", "OrgOwned")]
    [DataRow("lh_holiday", "OrgOwned")]
    public void CustomTable_Ownership_IsTheContractOne(string table, string ownership)
    {
        Assert.AreEqual(ownership, SolutionModel.Tables[table].Ownership);
    }

    [TestMethod]
    public void CustomTables_HaveKeyNameStateAndOwnershipColumns()
    {
        var problems = new List<string>();
        foreach (var table in SolutionModel.Tables.Values.Where(t => !t.IsShell))
        {
            var t = table.LogicalName;
            Check(table.PrimaryKey?.LogicalName == t + "id", $"{t}: primary key must be {t}id", problems);
            Check(table.PrimaryName?.LogicalName == "lh_name", $"{t}: primary name must be lh_name", problems);
            Check(table.EntitySetName?.StartsWith(t, StringComparison.Ordinal) == true, $"{t}: entity set name {table.EntitySetName}", problems);
            string[] ownership = table.Ownership == "UserOwned"
                ? ["ownerid", "owningbusinessunit", "owninguser", "owningteam"]
                : ["organizationid"];
            foreach (var column in ownership.Concat(["statecode", "statuscode", "createdon", "createdby", "modifiedon", "modifiedby"]))
            {
                Check(table.Attributes.ContainsKey(column), $"{t}: missing system column {column}", problems);
            }
        }

        Problems.AssertNone(problems);
    }

    [TestMethod]
    public void LeadShell_CarriesOnlyTheColumnsThisSolutionAdds()
    {
        var lead = SolutionModel.Tables["lead"];

        var problems = lead.Attributes.Values
            .Where(a => !a.IsCustomField || !a.LogicalName.StartsWith("lh_", StringComparison.Ordinal))
            .Select(a => $"lead.{a.LogicalName} is not a column this solution adds")
            .ToList();

        Assert.IsTrue(lead.IsShell);
        Assert.HasCount(22, lead.Attributes);
        Problems.AssertNone(problems);
    }

    [TestMethod]
    public void EveryColumn_HasAKnownTypeAndItsTypeElements()
    {
        var problems = new List<string>();
        foreach (var table in SolutionModel.Tables.Values)
        {
            var entity = SolutionFiles.Xml($"Entities/{table.Folder}/Entity.xml").Root!.Descendants("attribute");
            foreach (var attribute in entity)
            {
                var where = $"{table.LogicalName}.{(string?)attribute.Element("LogicalName")}";
                var type = (string)attribute.Element("Type")!;
                Check(KnownTypes.Contains(type), $"{where}: unknown type {type}", problems);
                Check(string.Equals((string?)attribute.Element("LogicalName"), ((string)attribute.Attribute("PhysicalName")!).ToLowerInvariant(), StringComparison.Ordinal), $"{where}: logical name is not the lower-case schema name", problems);
                problems.AddRange(TypeElementProblems(where, type, attribute));
            }
        }

        Problems.AssertNone(problems);
    }

    [TestMethod]
    public void EveryChoiceColumn_UsesAGlobalChoiceOfTheSolution()
    {
        var problems = SolutionModel.Tables.Values
            .SelectMany(t => t.Attributes.Values.Where(a => a.Type == "picklist" && a.IsCustomField).Select(a => (t, a)))
            .Where(x => x.a.OptionSetName is null || !SolutionFiles.Exists($"OptionSets/{x.a.OptionSetName}.xml"))
            .Select(x => $"{x.t.LogicalName}.{x.a.LogicalName}: global choice {x.a.OptionSetName} is not in OptionSets/")
            .ToList();

        Problems.AssertNone(problems);
    }

    [TestMethod]
    [DataRow("lead", "lh_sourceinference", "nvarchar", 400)]
    [DataRow("lead", "lh_utmsource", "nvarchar", 200)]
    [DataRow("lead", "lh_utmmedium", "nvarchar", 200)]
    [DataRow("lead", "lh_utmcampaign", "nvarchar", 200)]
    [DataRow("lead", "lh_productinterest", "nvarchar", 400)]
    [DataRow("lead", "lh_needsummary", "ntext", 2000)]
    [DataRow("lead", "lh_nextsteps", "ntext", 2000)]
    [DataRow("lead", "lh_engagedcontent", "ntext", 2000)]
    [DataRow("lead", "lh_handoverbrief", "ntext", 4000)]
    [DataRow("lead", "lh_missingqualification", "ntext", 2000)]
    [DataRow("lead", "lh_qualificationbypassreason", "ntext", 2000)]
    [DataRow("lead", "lh_disqualifyoverridereason", "ntext", 2000)]
    [DataRow("lh_leadsource", "lh_utmcodes", "nvarchar", 400)]
    [DataRow("lh_handover", "lh_assignmentreason", "ntext", 2000)]
    [DataRow("lh_handover", "lh_outcomereason", "ntext", 2000)]
    [DataRow("lh_repprofile", "lh_segments", "nvarchar", 400)]
    [DataRow("lh_repprofile", "lh_territories", "nvarchar", 400)]
    [DataRow("lh_repprofile", "lh_skills", "nvarchar", 400)]
    [DataRow("lh_repprofile", "lh_timezone", "nvarchar", 100)]
    [DataRow("lh_repprofile", "lh_workinghours", "nvarchar", 200)]
    [DataRow("lh_businesscalendar", "lh_timezone", "nvarchar", 100)]
    [DataRow("lh_businesscalendar", "lh_workinghours", "nvarchar", 200)]
    public void TextColumn_HasTheContractTypeAndLength(string table, string column, string type, int maxLength)
    {
        var attribute = Attribute(table, column);

        Assert.AreEqual(type, (string?)attribute.Element("Type"));
        Assert.AreEqual(maxLength, (int)attribute.Element("MaxLength")!);
    }

    [TestMethod]
    public void Completeness_IsAWholeNumberFromZeroToOneHundred()
    {
        var attribute = Attribute("lead", "lh_completeness");

        Assert.AreEqual("int", (string?)attribute.Element("Type"));
        Assert.AreEqual(0, (int)attribute.Element("MinValue")!);
        Assert.AreEqual(100, (int)attribute.Element("MaxValue")!);
    }

    [TestMethod]
    public void HolidayDate_IsDateOnly()
    {
        var attribute = Attribute("lh_holiday", "lh_date");

        Assert.AreEqual("datetime", (string?)attribute.Element("Type"));
        Assert.AreEqual("date", (string?)attribute.Element("Format"));
        Assert.AreEqual("2", (string?)attribute.Element("Behavior"), "DateTimeBehavior.DateOnly: a holiday is a day, not an instant in one time zone");
    }

    [TestMethod]
    [DataRow("lead", "lh_tier", "lh_leadtier")]
    [DataRow("lh_leadsource", "lh_channel", "lh_sourcechannel")]
    [DataRow("lh_leadsource", "lh_defaulttier", "lh_leadtier")]
    [DataRow("lh_handover", "lh_tier", "lh_leadtier")]
    [DataRow("lh_handover", "lh_notificationstatus", "lh_notificationstatus")]
    [DataRow("lh_handover", "lh_handoverstatus", "lh_handoverstatus")]
    [DataRow("lh_handover", "lh_assignmentkind", "lh_assignmentkind")]
    [DataRow("lh_repprofile", "lh_availability", "lh_availability")]
    public void ChoiceColumn_UsesTheContractChoice(string table, string column, string optionSet)
    {
        Assert.AreEqual(optionSet, SolutionModel.Tables[table].Attributes[column].OptionSetName);
    }

    [TestMethod]
    [DataRow("lead", "lh_sourceinferred")]
    [DataRow("lead", "lh_salesready")]
    [DataRow("lh_handover", "lh_breached")]
    [DataRow("lh_handover", "lh_acknowledgedonbehalf")]
    public void YesNoColumn_IsATwoOptionColumn(string table, string column)
    {
        Assert.AreEqual("bit", SolutionModel.Tables[table].Attributes[column].Type);
    }

    private static XElement Attribute(string table, string column) =>
        SolutionFiles.Xml($"Entities/{SolutionModel.Tables[table].Folder}/Entity.xml").Root!
            .Descendants("attribute").Single(a => (string?)a.Element("LogicalName") == column);

    private static IEnumerable<string> TypeElementProblems(string where, string type, XElement attribute)
    {
        var custom = (string?)attribute.Element("IsCustomField") == "1";
        switch (type)
        {
            case "nvarchar":
                var max = (int?)attribute.Element("MaxLength");
                if (max is null || (int?)attribute.Element("Length") != max * 2)
                {
                    yield return $"{where}: nvarchar needs MaxLength and Length = 2 × MaxLength";
                }

                break;
            case "ntext":
                if (attribute.Element("MaxLength") is null || attribute.Element("Length") is not null || (string?)attribute.Element("Format") != "text")
                {
                    yield return $"{where}: multiline text is ntext with Format text and MaxLength only";
                }

                break;
            case "int":
                if (attribute.Element("MinValue") is null || attribute.Element("MaxValue") is null ||
                    (custom && (string?)attribute.Element("Format") != "none"))
                {
                    yield return $"{where}: whole numbers need MinValue, MaxValue and (custom) Format none";
                }

                break;
            case "datetime":
                var format = (string?)attribute.Element("Format");
                var behavior = (string?)attribute.Element("Behavior");
                if (format is not ("date" or "datetime") || behavior is not ("1" or "2" or "3"))
                {
                    yield return $"{where}: datetime needs Format date|datetime and Behavior 1–3";
                }

                break;
            case "bit":
                if ((string?)attribute.Element("optionset")?.Element("OptionSetType") != "bit" || attribute.Element("AppDefaultValue") is null)
                {
                    yield return $"{where}: yes/no needs AppDefaultValue and an inline bit option set";
                }

                break;
            case "picklist":
                if (custom && attribute.Element("OptionSetName") is null)
                {
                    yield return $"{where}: choice needs OptionSetName";
                }

                break;
            case "lookup" or "owner":
                if ((string?)attribute.Element("LookupStyle") != "single")
                {
                    yield return $"{where}: lookups need LookupStyle single";
                }

                break;
            case "state" or "status":
                if ((string?)attribute.Element("optionset")?.Element("OptionSetType") != type)
                {
                    yield return $"{where}: {type} needs its inline option set";
                }

                break;
        }
    }

    private static void Check(bool ok, string problem, List<string> problems)
    {
        if (!ok)
        {
            problems.Add(problem);
        }
    }
}
