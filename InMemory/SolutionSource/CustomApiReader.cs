using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;

namespace Dataverse.LeadHandover.InMemory.SolutionSource;

/// <summary>
/// Reads <c>customapis/&lt;uniquename&gt;/customapi.xml</c> with its request parameters and response properties
/// (https://learn.microsoft.com/power-apps/developer/data-platform/create-custom-api-solution).
/// </summary>
internal static class CustomApiReader
{
    public static List<CustomApiDefinition> Read(
        string solutionFolder, PluginTypeIndex pluginTypes, Func<string, Type?> resolvePluginType, List<string> warnings)
    {
        var apis = new List<CustomApiDefinition>();
        var folder = Path.Combine(solutionFolder, "customapis");
        if (!Directory.Exists(folder))
        {
            return apis;
        }

        foreach (var directory in Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal))
        {
            var file = Path.Combine(directory, "customapi.xml");
            if (!File.Exists(file))
            {
                continue;
            }

            var root = SolutionXml.Root(file);
            var uniqueName = (string?)root.Attribute("uniquename") ?? Path.GetFileName(directory);
            var pluginType = PluginTypeOf(root, uniqueName, pluginTypes, resolvePluginType);
            if (pluginType is null)
            {
                warnings.Add($"Custom API '{uniqueName}' has no plug-in type (<plugintypeid />); it was not registered.");
                continue;
            }

            apis.Add(new CustomApiDefinition(uniqueName, pluginType)
            {
                BoundEntity = SolutionXml.Integer(root, "bindingtype") is 1 or 2 ? SolutionXml.Text(root, "boundentitylogicalname") : null,
                IsFunction = SolutionXml.Flag(root, "isfunction"),
                RequestParameters = Parameters(directory, "customapirequestparameters", "customapirequestparameter.xml"),
                ResponseProperties = Parameters(directory, "customapiresponseproperties", "customapiresponseproperty.xml"),
            });
        }

        return apis;
    }

    private static Type? PluginTypeOf(XElement root, string uniqueName, PluginTypeIndex pluginTypes, Func<string, Type?> resolvePluginType)
    {
        var link = root.Element("plugintypeid");
        var idText = SolutionXml.Text(link ?? root, "plugintypeexportkey") ?? (link is null ? null : SolutionXml.Text(link, "plugintypeid"));
        if (idText is null)
        {
            return null;
        }

        var id = SolutionXml.Id(idText)
            ?? throw new InvalidDataException($"Custom API '{uniqueName}': plug-in type id '{idText}' is not a GUID.");
        if (!pluginTypes.TryGet(id, out var typeName))
        {
            throw new InvalidOperationException(
                $"Custom API '{uniqueName}': plug-in type {id} is not declared in any PluginAssemblies/*/*.dll.data.xml.");
        }

        return resolvePluginType(typeName)
            ?? throw new InvalidOperationException($"Custom API '{uniqueName}': plug-in type '{typeName}' could not be resolved.");
    }

    private static List<CustomApiParameter> Parameters(string apiDirectory, string folderName, string fileName)
    {
        var folder = Path.Combine(apiDirectory, folderName);
        if (!Directory.Exists(folder))
        {
            return [];
        }

        return Directory.EnumerateDirectories(folder)
            .Order(StringComparer.Ordinal)
            .Select(directory => Path.Combine(directory, fileName))
            .Where(File.Exists)
            .Select(file =>
            {
                var root = SolutionXml.Root(file);
                var name = (string?)root.Attribute("uniquename") ?? Path.GetFileName(Path.GetDirectoryName(file)!);
                var type = SolutionXml.Integer(root, "type")
                    ?? throw new InvalidDataException($"{file} has no <type>.");
                return new CustomApiParameter(name, (CustomApiParameterType)type, SolutionXml.Flag(root, "isoptional"));
            })
            .ToList();
    }
}
