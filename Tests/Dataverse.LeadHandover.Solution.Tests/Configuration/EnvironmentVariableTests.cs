using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using Dataverse.LeadHandover.Domain.Schema;
using Dataverse.LeadHandover.Solution.Tests.Source;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Dataverse.LeadHandover.Solution.Tests.Configuration;

/// <summary>
/// Environment variable definitions: folder = schema name, a known type, defaults that parse, and no secret in
/// source (Secret variables hold a Key Vault reference supplied per environment, never a default).
/// Types and columns: https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/environmentvariabledefinition
/// Secrets: https://learn.microsoft.com/power-apps/maker/data-platform/environmentvariables-azure-key-vault-secrets
/// </summary>
[TestClass]
public sealed class EnvironmentVariableTests
{
    private const int String = 100000000;
    private const int Json = 100000003;
    private const int Secret = 100000005;

    /// <summary><c>defaultvalue</c> is a Memo(2000) column.</summary>
    private const int DefaultValueMaxLength = 2000;

    private static IReadOnlyList<XElement> Definitions =>
        SolutionModel.EnvironmentVariableFolders.Select(f => Definition(f)).ToList();

    [TestMethod]
    public void EveryDefinition_FolderIsItsSchemaNameAndTypeIsKnown()
    {
        var problems = new List<string>();
        foreach (var folder in SolutionModel.EnvironmentVariableFolders)
        {
            var definition = Definition(folder);
            if ((string?)definition.Attribute("schemaname") != folder)
            {
                problems.Add($"{folder}: schemaname is {(string?)definition.Attribute("schemaname")}");
            }

            if ((int?)definition.Element("type") is not (>= 100000000 and <= 100000005))
            {
                problems.Add($"{folder}: type {(string?)definition.Element("type")} is not a known type");
            }

            if (definition.DescendantNodes().OfType<XComment>().Any())
            {
                problems.Add($"{folder}: an XML comment in a definition fails the import");
            }
        }

        Problems.AssertNone(problems);
    }

    [TestMethod]
    [DataRow(EnvironmentVariableNames.HandoverPolicy, Json)]
    [DataRow(EnvironmentVariableNames.TeamsWorkflowUrl, Secret)]
    [DataRow(EnvironmentVariableNames.AcknowledgementBaseUrl, String)]
    [DataRow(EnvironmentVariableNames.LinkSigningKey, Secret)]
    [DataRow(EnvironmentVariableNames.SweepSettings, Json)]
    public void Definition_HasTheContractType(string schemaName, int type)
    {
        Assert.AreEqual(type, (int)Definition(schemaName).Element("type")!);
    }

    [TestMethod]
    public void JsonDefaults_Parse()
    {
        var problems = new List<string>();
        foreach (var definition in Definitions.Where(d => (int)d.Element("type")! == Json && d.Element("defaultvalue") is not null))
        {
            try
            {
                using var document = JsonDocument.Parse((string)definition.Element("defaultvalue")!);
            }
            catch (JsonException e)
            {
                problems.Add($"{(string?)definition.Attribute("schemaname")}: {e.Message}");
            }
        }

        Problems.AssertNone(problems);
    }

    [TestMethod]
    public void SecretVariables_HaveNoDefault()
    {
        var secrets = Definitions.Where(d => (int)d.Element("type")! == Secret).ToList();

        var problems = secrets
            .Where(d => !string.IsNullOrEmpty((string?)d.Element("defaultvalue")))
            .Select(d => $"{(string?)d.Attribute("schemaname")} carries a default; secrets come from Key Vault per environment")
            .ToList();

        Assert.HasCount(2, secrets);
        Problems.AssertNone(problems);
    }

    [TestMethod]
    public void Defaults_FitTheDefaultValueColumn()
    {
        var problems = Definitions
            .Where(d => ((string?)d.Element("defaultvalue"))?.Length > DefaultValueMaxLength)
            .Select(d => $"{(string?)d.Attribute("schemaname")}: default is {((string)d.Element("defaultvalue")!).Length} characters")
            .ToList();

        Problems.AssertNone(problems);
    }

    [TestMethod]
    public void HandoverPolicyDefault_IsTheDomainDefaultPolicy()
    {
        var domainDefault = File.ReadAllText(RepositoryRoot.Combine("Domain", "Qualification", "default-handover-policy.json"));
        var solutionDefault = (string)Definition(EnvironmentVariableNames.HandoverPolicy).Element("defaultvalue")!;

        Assert.IsTrue(
            JsonNode.DeepEquals(JsonNode.Parse(domainDefault), JsonNode.Parse(solutionDefault)),
            "the lh_HandoverPolicy default must be Domain/Qualification/default-handover-policy.json (minified)");
    }

    [TestMethod]
    public void SweepSettingsDefault_IsTheAgreedThresholds()
    {
        var settings = JsonNode.Parse((string)Definition(EnvironmentVariableNames.SweepSettings).Element("defaultvalue")!)!;

        Assert.AreEqual(50, (int)settings["reminderAfterPercent"]!);
        Assert.AreEqual(100, (int)settings["escalateAfterPercent"]!);
        Assert.AreEqual(200, (int)settings["reassignAfterPercent"]!);
        Assert.AreEqual(5, (int)settings["maxNotificationAttempts"]!);
    }

    private static XElement Definition(string folder) =>
        SolutionFiles.Xml($"environmentvariabledefinitions/{folder}/environmentvariabledefinition.xml").Root!;
}
