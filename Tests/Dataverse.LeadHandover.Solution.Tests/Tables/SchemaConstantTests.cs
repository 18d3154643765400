using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Dataverse.LeadHandover.Domain.Schema;
using Dataverse.LeadHandover.Solution.Tests.Source;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Dataverse.LeadHandover.Solution.Tests.Tables;

/// <summary>
/// Domain/Schema and the solution XML name the same things: every constant exists in the XML, and every column,
/// choice value, environment variable and custom API parameter the solution defines has its constant.
/// </summary>
[TestClass]
public sealed class SchemaConstantTests
{
    /// <summary>Out-of-the-box lead columns the package reads (Lead table reference; they travel with lead, not with us).</summary>
    private static readonly HashSet<string> OutOfTheBoxLeadColumns = new(StringComparer.Ordinal)
    {
        "leadid", "subject", "firstname", "lastname", "fullname", "emailaddress1", "telephone1", "mobilephone",
        "jobtitle", "companyname", "industrycode", "numberofemployees", "revenue", "need", "purchasetimeframe",
        "budgetamount", "budgetstatus", "decisionmaker", "purchaseprocess", "leadqualitycode", "leadsourcecode",
        "campaignid", "description", "qualificationcomments", "ownerid", "statecode", "statuscode", "createdon",
        "address1_country",
    };

    [TestMethod]
    public void EveryTable_HasASchemaClass()
    {
        var classes = DomainSchema.TableClasses.Select(c => DomainSchema.StringConstant(c, "EntityName")).ToHashSet(StringComparer.Ordinal);

        var problems = SolutionModel.Tables.Keys.Where(t => !classes.Contains(t)).Select(t => $"no Domain/Schema class has EntityName {t}").ToList();

        Problems.AssertNone(problems);
    }

    [TestMethod]
    public void EveryTableConstant_NamesAColumnOfItsTable()
    {
        var problems = new List<string>();
        foreach (var type in DomainSchema.TableClasses)
        {
            var entityName = DomainSchema.StringConstant(type, "EntityName");
            if (!SolutionModel.Tables.TryGetValue(entityName, out var table))
            {
                problems.Add($"{type.Name}: table {entityName} is not in the solution");
                continue;
            }

            foreach (var constant in DomainSchema.ConstantsOf(type).Where(c => c.Name != "EntityName"))
            {
                var known = table.Attributes.ContainsKey(constant.Value) ||
                            (table.IsShell && !constant.Value.StartsWith("lh_", StringComparison.Ordinal) && OutOfTheBoxLeadColumns.Contains(constant.Value));
                if (!known || !string.Equals(constant.Value, constant.Value.ToLowerInvariant(), StringComparison.Ordinal))
                {
                    problems.Add($"{constant} is not a column (logical name) of {entityName}");
                }
            }
        }

        Problems.AssertNone(problems);
    }

    [TestMethod]
    public void EveryCustomColumn_HasAConstant()
    {
        var problems = new List<string>();
        foreach (var table in SolutionModel.Tables.Values)
        {
            var type = DomainSchema.TableClasses.SingleOrDefault(c => DomainSchema.StringConstant(c, "EntityName") == table.LogicalName);
            var values = type is null ? [] : DomainSchema.ConstantsOf(type).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
            problems.AddRange(table.Attributes.Values
                .Where(a => a.IsCustomField && !values.Contains(a.LogicalName))
                .Select(a => $"{table.LogicalName}.{a.LogicalName} has no constant in Domain/Schema"));
        }

        Problems.AssertNone(problems);
    }

    [TestMethod]
    public void QualificationColumns_AreTheContractColumns()
    {
        string[] expected =
        [
            "firstname", "lastname", "emailaddress1", "telephone1", "mobilephone", "jobtitle", "companyname", "industrycode", "numberofemployees", "need", "lh_needsummary", "purchasetimeframe", "budgetamount", "budgetstatus", "decisionmaker", "purchaseprocess", "lh_nextsteps", "lh_engagedcontent", "campaignid", "lh_utmsource", "lh_utmmedium", "lh_utmcampaign", "leadsourcecode", "leadqualitycode",
        ];

        CollectionAssert.AreEquivalent(expected, LeadSchema.QualificationColumns.ToList());
    }

    [TestMethod]
    public void EveryGlobalChoice_HasAClassWithItsValues()
    {
        var problems = new List<string>();
        var classes = DomainSchema.ChoiceClasses.ToDictionary(c => DomainSchema.StringConstant(c, "OptionSetName"), StringComparer.Ordinal);
        foreach (var file in SolutionFiles.Find("OptionSets", "*.xml"))
        {
            var optionSet = SolutionFiles.Xml(file).Root!;
            var name = (string)optionSet.Attribute("Name")!;
            var values = optionSet.Element("options")!.Elements("option").Select(o => (int)o.Attribute("value")!).Order().ToList();
            if (!classes.TryGetValue(name, out var type))
            {
                problems.Add($"{name} has no class in Domain/Schema");
                continue;
            }

            var constants = DomainSchema.IntegersOf(type).Select(c => c.Value).Order().ToList();
            if (!values.SequenceEqual(constants))
            {
                problems.Add($"{name}: XML values [{string.Join(", ", values)}] but {type.Name} has [{string.Join(", ", constants)}]");
            }
        }

        Assert.HasCount(6, classes);
        Problems.AssertNone(problems);
    }

    [TestMethod]
    public void EveryChoiceClass_NamesAGlobalChoiceOfTheSolution()
    {
        var problems = DomainSchema.ChoiceClasses
            .Select(c => DomainSchema.StringConstant(c, "OptionSetName"))
            .Where(n => !SolutionFiles.Exists($"OptionSets/{n}.xml"))
            .Select(n => $"{n} is not in OptionSets/")
            .ToList();

        Problems.AssertNone(problems);
    }

    [TestMethod]
    public void EnvironmentVariableNames_AreExactlyTheDefinitions()
    {
        var constants = DomainSchema.ConstantsOf(typeof(EnvironmentVariableNames)).Select(c => c.Value).Order(StringComparer.Ordinal).ToList();

        CollectionAssert.AreEqual(SolutionModel.EnvironmentVariableFolders.ToList(), constants);
    }

    [TestMethod]
    public void CustomApiClasses_NameExactlyTheApisAndTheirParameters()
    {
        var problems = new List<string>();
        var apis = SolutionModel.CustomApiFolders.ToHashSet(StringComparer.Ordinal);
        foreach (var type in DomainSchema.CustomApiClasses)
        {
            var name = DomainSchema.StringConstant(type, "UniqueName");
            if (!apis.Remove(name))
            {
                problems.Add($"{type.Name}: custom API {name} is not in customapis/");
                continue;
            }

            var parameters = Folders($"customapis/{name}/customapirequestparameters").Concat(Folders($"customapis/{name}/customapiresponseproperties")).Order(StringComparer.Ordinal);
            var constants = DomainSchema.ConstantsOf(type).Where(c => c.Name != "UniqueName").Select(c => c.Value).Distinct().Order(StringComparer.Ordinal);
            if (!parameters.SequenceEqual(constants))
            {
                problems.Add($"{type.Name}: constants [{string.Join(", ", constants)}] but the API has [{string.Join(", ", parameters)}]");
            }
        }

        problems.AddRange(apis.Select(a => $"custom API {a} has no class in Domain/Schema"));
        Problems.AssertNone(problems);
    }

    private static IEnumerable<string> Folders(string relative) =>
        Directory.Exists(SolutionFiles.FullPath(relative))
            ? Directory.GetDirectories(SolutionFiles.FullPath(relative)).Select(Path.GetFileName).OfType<string>()
            : [];
}
