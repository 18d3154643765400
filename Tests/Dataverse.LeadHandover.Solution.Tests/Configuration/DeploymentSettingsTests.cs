using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using Dataverse.LeadHandover.Solution.Tests.Source;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Dataverse.LeadHandover.Solution.Tests.Configuration;

/// <summary>
/// One deployment settings file per environment (the <c>pac solution create-settings</c> shape) covers every
/// environment variable, and nothing under Solution/ commits a secret: values are empty (keep the solution
/// default) or obvious placeholders in angle brackets.
/// Deployment settings: https://learn.microsoft.com/power-platform/alm/conn-ref-env-variables-build-tools
/// </summary>
[TestClass]
public sealed partial class DeploymentSettingsTests
{
    private static readonly string[] Environments = ["dev", "test", "prod"];

    private static string SettingsFolder => Path.Combine(SolutionFiles.SolutionFolder, "deploymentsettings");

    [TestMethod]
    public void EveryEnvironment_HasASettingsTemplate()
    {
        var templates = Directory.GetFiles(SettingsFolder, "*.json").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal).ToList();

        CollectionAssert.AreEqual(Environments.Order(StringComparer.Ordinal).ToList(), templates);
    }

    [TestMethod]
    public void EveryTemplate_CoversEveryEnvironmentVariableOnce()
    {
        var problems = new List<string>();
        foreach (var file in Directory.GetFiles(SettingsFolder, "*.json"))
        {
            using var settings = JsonDocument.Parse(File.ReadAllText(file));
            var names = settings.RootElement.GetProperty("EnvironmentVariables").EnumerateArray()
                .Select(v => v.GetProperty("SchemaName").GetString()!)
                .Order(StringComparer.Ordinal)
                .ToList();
            if (!names.SequenceEqual(SolutionModel.EnvironmentVariableFolders))
            {
                problems.Add($"{Path.GetFileName(file)}: [{string.Join(", ", names)}]");
            }

            if (settings.RootElement.GetProperty("ConnectionReferences").ValueKind != JsonValueKind.Array)
            {
                problems.Add($"{Path.GetFileName(file)}: ConnectionReferences must be an array");
            }
        }

        Problems.AssertNone(problems);
    }

    [TestMethod]
    public void SecretVariables_AreKeyVaultReferencePlaceholders()
    {
        var secrets = SolutionModel.EnvironmentVariableFolders
            .Where(f => (string?)SolutionFiles.Xml($"environmentvariabledefinitions/{f}/environmentvariabledefinition.xml").Root!.Element("type") == "100000005")
            .ToHashSet(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var file in Directory.GetFiles(SettingsFolder, "*.json"))
        {
            using var settings = JsonDocument.Parse(File.ReadAllText(file));
            foreach (var variable in settings.RootElement.GetProperty("EnvironmentVariables").EnumerateArray().Where(v => secrets.Contains(v.GetProperty("SchemaName").GetString()!)))
            {
                var value = variable.GetProperty("Value").GetString()!;
                if (!value.StartsWith("/subscriptions/<", StringComparison.Ordinal) || !value.Contains("/providers/Microsoft.KeyVault/vaults/<", StringComparison.Ordinal))
                {
                    problems.Add($"{Path.GetFileName(file)}: {variable.GetProperty("SchemaName").GetString()} = {value}");
                }
            }
        }

        Assert.HasCount(2, secrets);
        Problems.AssertNone(problems);
    }

    [TestMethod]
    public void NoFileUnderSolution_CommitsAValue()
    {
        var files = Directory.GetFiles(SettingsFolder, "*.json")
            .Concat(Directory.GetFiles(Path.Combine(SolutionFiles.SolutionFolder, "postdeployment"), "serviceendpoints.*.json"));
        var problems = new List<string>();
        foreach (var file in files)
        {
            using var document = JsonDocument.Parse(File.ReadAllText(file));
            foreach (var (name, value) in Strings(document.RootElement, string.Empty))
            {
                if (IsValueSlot(name) && value.Length > 0 && !Placeholder().IsMatch(value))
                {
                    problems.Add($"{Path.GetFileName(file)} {name}: '{value}' is neither empty nor a <placeholder>");
                }
            }
        }

        Problems.AssertNone(problems);
    }

    private static bool IsValueSlot(string path) =>
        path.EndsWith(".Value", StringComparison.Ordinal) || path.EndsWith(".AuthValue", StringComparison.Ordinal) ||
        path.EndsWith(".Url", StringComparison.Ordinal) || path.EndsWith(".ConnectionId", StringComparison.Ordinal);

    private static IEnumerable<(string Path, string Value)> Strings(JsonElement element, string path)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    foreach (var item in Strings(property.Value, $"{path}.{property.Name}"))
                    {
                        yield return item;
                    }
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray().SelectMany(e => Strings(e, path)))
                {
                    yield return item;
                }

                break;
            case JsonValueKind.String:
                yield return (path, element.GetString()!);
                break;
        }
    }

    [GeneratedRegex("<[^<>]+>")]
    private static partial Regex Placeholder();
}
