using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace Dataverse.LeadHandover.Release.Tests.Infrastructure;

/// <summary>
/// The ARM JSON that Bicep compiles main.bicep to, with every module's template nested inside it. Resources are
/// listed from every level, each with the template it belongs to (for that template's parameters and variables).
/// </summary>
internal sealed class ArmTemplate(JsonElement root)
{
    public JsonElement Root { get; } = root;

    public IEnumerable<(JsonElement Resource, JsonElement Template)> Resources => ResourcesOf(Root);

    public IEnumerable<JsonElement> Templates => TemplatesOf(Root);

    public IEnumerable<JsonElement> OfType(string type) =>
        Resources.Select(r => r.Resource).Where(r => string.Equals(r.GetProperty("type").GetString(), type, StringComparison.OrdinalIgnoreCase));

    public IEnumerable<(JsonElement Resource, JsonElement Template)> OfTypeWithTemplate(string type) =>
        Resources.Where(r => string.Equals(r.Resource.GetProperty("type").GetString(), type, StringComparison.OrdinalIgnoreCase));

    /// <summary>A nested template's variable, e.g. <c>roleDefinitionIds</c>.</summary>
    public static JsonElement? Variable(JsonElement template, string name) =>
        template.TryGetProperty("variables", out var variables) && variables.TryGetProperty(name, out var value) ? value : null;

    private static IEnumerable<JsonElement> TemplatesOf(JsonElement template)
    {
        yield return template;
        foreach (var resource in Items(template))
        {
            if (resource.TryGetProperty("properties", out var properties) && properties.TryGetProperty("template", out var nested))
            {
                foreach (var inner in TemplatesOf(nested))
                {
                    yield return inner;
                }
            }
        }
    }

    private static IEnumerable<(JsonElement, JsonElement)> ResourcesOf(JsonElement template) =>
        TemplatesOf(template).SelectMany(t => Items(t).Select(r => (r, t)));

    // Templates use a list of resources, or (language version 2.0) an object keyed by symbolic name.
    private static IEnumerable<JsonElement> Items(JsonElement template)
    {
        if (!template.TryGetProperty("resources", out var resources))
        {
            return [];
        }

        return resources.ValueKind == JsonValueKind.Array
            ? resources.EnumerateArray()
            : resources.EnumerateObject().Select(p => p.Value);
    }
}
