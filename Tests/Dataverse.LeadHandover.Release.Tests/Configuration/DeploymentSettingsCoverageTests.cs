using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Dataverse.LeadHandover.Release.Tests.Repository;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Dataverse.LeadHandover.Release.Tests.Configuration;

/// <summary>
/// The deployment settings templates the release fills cover every environment variable the solution defines, and
/// the fill script gives a value to every placeholder, a Key Vault reference to every Secret variable.
/// Deployment settings file: https://learn.microsoft.com/power-platform/alm/conn-ref-env-variables-build-tools ;
/// Key Vault secrets as environment variables: https://learn.microsoft.com/power-apps/maker/data-platform/environmentvariables-azure-key-vault-secrets
/// </summary>
[TestClass]
public sealed partial class DeploymentSettingsCoverageTests
{
    private const string DefinitionsFolder = "Solution/src/environmentvariabledefinitions";
    private const string FillScript = "pipelines/scripts/Write-DeploymentSettings.ps1";
    private const string SecretType = "100000005";

    public static IEnumerable<object[]> DeployedTemplates =>
    [
        ["Solution/deploymentsettings/test.json"],
        ["Solution/deploymentsettings/prod.json"],
    ];

    [TestMethod]
    [DynamicData(nameof(DeployedTemplates))]
    public void DeployedTemplate_CoversEveryEnvironmentVariableOfTheSolution(string template)
    {
        var names = Variables(template).Keys.Order(StringComparer.Ordinal).ToList();

        CollectionAssert.AreEqual(Definitions.Keys.Order(StringComparer.Ordinal).ToList(), names);
    }

    [TestMethod]
    [DynamicData(nameof(DeployedTemplates))]
    public void DeployedTemplate_LeavesNoPlaceholderTheFillScriptDoesNotFill(string template)
    {
        var filled = FilledByScript;

        var unfilled = Variables(template)
            .Where(v => Placeholder().IsMatch(v.Value) && !filled.ContainsKey(v.Key))
            .Select(v => $"{template}: {v.Key} = {v.Value}")
            .ToList();

        Problems.AssertNone(unfilled);
    }

    [TestMethod]
    public void FillScript_GivesEverySecretVariableAKeyVaultReference()
    {
        var secrets = Definitions.Where(d => d.Value == SecretType).Select(d => d.Key).ToList();

        var problems = secrets
            .Where(s => !FilledByScript.TryGetValue(s, out var expression) || !expression.Contains("$keyVaultId/secrets/", StringComparison.Ordinal))
            .Select(s => $"{s} is not given a Key Vault reference by {FillScript}")
            .ToList();

        Assert.IsNotEmpty(secrets, "the solution defines Secret variables");
        Problems.AssertNone(problems);
    }

    [TestMethod]
    public void FillScript_FillsOnlyVariablesTheSolutionDefines()
    {
        var unknown = FilledByScript.Keys.Where(k => !Definitions.ContainsKey(k)).ToList();

        Problems.AssertNone(unknown);
    }

    /// <summary>Schema name → type code of every environment variable definition in the solution.</summary>
    private static Dictionary<string, string> Definitions =>
        ReleaseFiles.Find(DefinitionsFolder, "environmentvariabledefinition.xml")
            .Select(f => XDocument.Parse(ReleaseFiles.Read(f)).Root!)
            .ToDictionary(d => (string)d.Attribute("schemaname")!, d => (string)d.Element("type")!, StringComparer.Ordinal);

    /// <summary>The schema names the fill script sets, with the expression it sets each to.</summary>
    private static Dictionary<string, string> FilledByScript =>
        FilledVariable().Matches(ReleaseFiles.Read(FillScript))
            .ToDictionary(m => m.Groups["name"].Value, m => m.Groups["value"].Value, StringComparer.Ordinal);

    private static Dictionary<string, string> Variables(string template)
    {
        using var settings = JsonDocument.Parse(File.ReadAllText(RepositoryRoot.Combine(template)));
        return settings.RootElement.GetProperty("EnvironmentVariables").EnumerateArray()
            .ToDictionary(v => v.GetProperty("SchemaName").GetString()!, v => v.GetProperty("Value").GetString() ?? string.Empty, StringComparer.Ordinal);
    }

    [GeneratedRegex(@"<[^<>]+>")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"'(?<name>lh_\w+)'\s*=\s*(?<value>[^\r\n]+)")]
    private static partial Regex FilledVariable();
}
