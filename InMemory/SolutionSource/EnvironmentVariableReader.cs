using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Dataverse.LeadHandover.InMemory.Store;
using Microsoft.Xrm.Sdk;

namespace Dataverse.LeadHandover.InMemory.SolutionSource;

/// <summary>
/// Writes <c>environmentvariabledefinitions/&lt;schema&gt;/environmentvariabledefinition.xml</c> as an
/// <c>environmentvariabledefinition</c> row and a shipped <c>environmentvariablevalues.json</c> as its
/// <c>environmentvariablevalue</c> row, so code reads them with the same query as in Dataverse
/// (https://learn.microsoft.com/power-apps/maker/data-platform/environmentvariables).
/// </summary>
internal static class EnvironmentVariableReader
{
    public static List<string> Load(DataverseStore store, string solutionFolder, Guid systemUserId)
    {
        var loaded = new List<string>();
        var folder = Path.Combine(solutionFolder, "environmentvariabledefinitions");
        if (!Directory.Exists(folder))
        {
            return loaded;
        }

        foreach (var directory in Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal))
        {
            var definitionFile = Path.Combine(directory, "environmentvariabledefinition.xml");
            if (!File.Exists(definitionFile))
            {
                continue;
            }

            var root = SolutionXml.Root(definitionFile);
            var schemaName = (string?)root.Attribute("schemaname") ?? Path.GetFileName(directory);
            var definitionId = StableId(schemaName);
            var definition = new Entity("environmentvariabledefinition", definitionId)
            {
                ["schemaname"] = schemaName,
                ["displayname"] = (string?)root.Element("displayname")?.Attribute("default") ?? schemaName,
                ["type"] = new OptionSetValue(SolutionXml.Integer(root, "type") ?? 100000000),
                ["isrequired"] = SolutionXml.Flag(root, "isrequired"),
                ["secretstore"] = new OptionSetValue(SolutionXml.Integer(root, "secretstore") ?? 0),
            };
            AddIfPresent(definition, "defaultvalue", SolutionXml.Text(root, "defaultvalue"));
            AddIfPresent(definition, "description", (string?)root.Element("description")?.Attribute("default"));
            store.Create(definition, systemUserId);

            var valueFile = Path.Combine(directory, "environmentvariablevalues.json");
            if (File.Exists(valueFile))
            {
                store.Create(ValueRow(valueFile, schemaName, definitionId), systemUserId);
            }

            loaded.Add(schemaName);
        }

        return loaded;
    }

    private static Entity ValueRow(string path, string schemaName, Guid definitionId)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var value = document.RootElement.GetProperty("environmentvariablevalues").GetProperty("environmentvariablevalue");
        var id = value.TryGetProperty("@environmentvariablevalueid", out var idText) && Guid.TryParse(idText.GetString(), out var parsed)
            ? parsed
            : StableId(schemaName + "/value");
        return new Entity("environmentvariablevalue", id)
        {
            ["schemaname"] = schemaName,
            ["value"] = value.TryGetProperty("value", out var text) ? text.GetString() : null,
            ["environmentvariabledefinitionid"] = new EntityReference("environmentvariabledefinition", definitionId),
        };
    }

    private static void AddIfPresent(Entity row, string column, string? value)
    {
        if (value is not null)
        {
            row[column] = value;
        }
    }

    /// <summary>Source files carry no definition id; deriving one from the schema name keeps it the same on every load.</summary>
    private static Guid StableId(string name) =>
        new(SHA256.HashData(Encoding.UTF8.GetBytes(name)).AsSpan(0, 16));
}
